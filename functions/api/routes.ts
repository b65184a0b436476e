import { caseRoutes } from '../case/case.routes.js';
import { deliberationRoutes } from '../deliberation/deliberation.routes.js';
import { followUpRoutes } from '../follow-up/follow-up.routes.js';
import { fundRoutes } from '../fund/fund.routes.js';
import { learningRoutes } from '../learning/learning.routes.js';
import { lessonsRoutes } from '../lessons/lessons.routes.js';
import { notificationsRoutes } from '../notifications/notifications.routes.js';
import { paymentRoutes } from '../payment/payment.routes.js';
import { peopleRoutes } from '../people/people.routes.js';
import { apiRoutes } from './api.routes.js';
import type { Route } from './route.js';

/**
 * Every route of the API, in one table: the local server, the OpenAPI document, the CDK app and the
 * web app's client all read it. Each concept keeps its
 * routes next to its handlers, in `functions/<concept>/<concept>.routes.ts`.
 */
export const routes = {
  ...apiRoutes,
  ...peopleRoutes,
  ...fundRoutes,
  ...caseRoutes,
  ...deliberationRoutes,
  ...paymentRoutes,
  ...followUpRoutes,
  ...notificationsRoutes,
  ...lessonsRoutes,
  ...learningRoutes,
} satisfies Record<string, Route>;

export const routeList: Route[] = Object.values(routes);

/** The concept whose routes hold each route: its handler lives in that concept's folder. */
const conceptOfRoute = new Map<string, string>(
  Object.entries({
    api: apiRoutes,
    people: peopleRoutes,
    fund: fundRoutes,
    case: caseRoutes,
    deliberation: deliberationRoutes,
    payment: paymentRoutes,
    'follow-up': followUpRoutes,
    notifications: notificationsRoutes,
    lessons: lessonsRoutes,
    learning: learningRoutes,
  }).flatMap(([concept, group]) => Object.values(group).map((route): [string, string] => [route.operationId, concept])),
);

/** The handler module of a route, `functions/<concept>/<operation-id>.handler.ts`: what the local server imports and CDK bundles. */
export const handlerEntry = (route: Pick<Route, 'operationId'>): string => {
  const concept = conceptOfRoute.get(route.operationId);
  if (!concept) throw new Error(`No concept's routes hold ${route.operationId}.`);
  return `functions/${concept}/${route.operationId.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.handler.ts`;
};
