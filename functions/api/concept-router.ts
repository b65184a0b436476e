import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { ErrorBody } from '../http/http-error.js';
import { json } from '../http/json.js';
import { logger } from '../http/logger.js';
import type { Route } from './route.js';

/** A route's Lambda handler, as `httpHandler` builds it. */
export type RouteHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** API Gateway's name for a route, which every HTTP API event carries: `POST /api/cases/{caseId}/submit`. */
export const routeKeyOf = (route: Pick<Route, 'method' | 'path'>): string => `${route.method} ${route.path}`;

/** A concept's function, and which handler it gives each route key (for the tests). */
export type ConceptFunction = RouteHandler & { readonly routed: ReadonlyMap<string, RouteHandler> };

/**
 * A concept's one Lambda function: the event's route key picks the route's own handler, each still
 * with its own middy stack. The compiler holds the map to the concept's routes, one handler for
 * each and nothing else; a route key that is not the concept's answers a 404 in the API's own shape.
 */
export function conceptRouter<R extends Record<string, Route>>(routes: R, handlers: { [K in keyof R]: RouteHandler }): ConceptFunction {
  const routed = new Map(Object.entries(routes).map(([name, route]): [string, RouteHandler] => [routeKeyOf(route), handlers[name]!]));
  const handler: RouteHandler = async (event, context) => {
    const routeHandler = routed.get(event.routeKey);
    if (routeHandler) return routeHandler(event, context);
    // Only a route pointed at the wrong function gets here: API Gateway sends no other key.
    logger.addContext(context);
    logger.warn('no route in this function', { routeKey: event.routeKey });
    const body: ErrorBody = { error: { code: 'no_route', reason: 'no_route', message: `No route ${event.routeKey} in this function.` } };
    return json(404, body);
  };
  return Object.assign(handler, { routed });
}
