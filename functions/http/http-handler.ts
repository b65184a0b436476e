import { randomUUID } from 'node:crypto';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { z } from 'zod';
import type { Actor } from '../../domain/people/actor.schema.js';
import type { Route } from '../api/route.js';
import { store, type Store } from '../storage/store.js';
import { errorResponses } from './error-responses.middleware.js';
import { identify } from './identify.js';
import { file, json } from './json.js';
import { logger } from './logger.js';
import { parseRequest } from './parse-request.js';

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface HandlerInput<R extends Route> {
  actor: R['roles'] extends 'public' ? undefined : Actor;
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  body: Infer<R['body']>;
  headers: Record<string, string | undefined>;
  now: string;
  newId: () => string;
  store: Store;
}

/** Logs each request's route, status and duration; never a body. */
const accessLog = (route: Route): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => {
  let started = 0;
  const log = (request: { response?: APIGatewayProxyStructuredResultV2 | null }) =>
    logger.info('request', { route: route.operationId, status: request.response?.statusCode, ms: Date.now() - started });
  return { before: () => void (started = Date.now()), after: log, onError: log };
};

/**
 * The one middy stack every route shares: logging, errors to JSON, identity, parsing. The route's
 * own function only calls the domain and the store.
 */
export function httpHandler<R extends Route>(route: R, fn: (input: HandlerInput<R>) => Promise<z.output<R['response']>>) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(accessLog(route))
    .use(errorResponses())
    .handler(async (event) => {
      const actor = route.roles === 'public' ? undefined : identify(route, event);
      const { params, query, body } = parseRequest(route, event);
      const result = await fn({
        actor,
        params,
        query,
        body,
        headers: event.headers,
        now: new Date().toISOString(),
        newId: randomUUID,
        store: route.tableAccess === 'none' ? (undefined as unknown as Store) : store(),
      } as HandlerInput<R>);
      return route.produces ? file(route.produces, route.operationId, result as string) : json(route.successStatus ?? 200, result);
    });
}
