import type { Route } from './route.js';
import { afterDecisionRoutes } from './routes/after-decision.routes.js';
import { caseRoutes } from './routes/case.routes.js';
import { learningRoutes } from './routes/learning.routes.js';
import { userAdminRoutes } from './routes/user-admin.routes.js';

/**
 * Every route of the API, in one table: the local server, the OpenAPI document, the CDK app and the
 * web app's client all read it. Each concern keeps its routes in its own file under `routes/`.
 */
export const routes = {
  ...caseRoutes,
  ...afterDecisionRoutes,
  ...learningRoutes,
  ...userAdminRoutes,
} satisfies Record<string, Route>;

export const routeList: Route[] = Object.values(routes);
