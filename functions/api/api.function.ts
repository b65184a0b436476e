import { conceptRouter } from '../api/concept-router.js';
import { handler as health } from './health.handler.js';
import { handler as openApi } from './open-api.handler.js';
import { apiRoutes } from './api.routes.js';

/** The api concept's one Lambda function: each of its routes to the route's own handler. */
export const handler = conceptRouter(apiRoutes, {
  health,
  openApi,
});
