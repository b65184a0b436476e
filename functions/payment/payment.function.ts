import { conceptRouter } from '../api/concept-router.js';
import { handler as getBudget } from './get-budget.handler.js';
import { handler as recordPayment } from './record-payment.handler.js';
import { paymentRoutes } from './payment.routes.js';

/** The payment concept's one Lambda function: each of its routes to the route's own handler. */
export const handler = conceptRouter(paymentRoutes, {
  getBudget,
  recordPayment,
});
