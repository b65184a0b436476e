import { conceptRouter } from '../api/concept-router.js';
import { handler as updateFundLists } from './update-fund-lists.handler.js';
import { handler as updateFundSettings } from './update-fund-settings.handler.js';
import { fundRoutes } from './fund.routes.js';

/** The fund concept's one Lambda function: each of its routes to the route's own handler. */
export const handler = conceptRouter(fundRoutes, {
  updateFundSettings,
  updateFundLists,
});
