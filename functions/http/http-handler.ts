import { randomUUID } from 'node:crypto';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod';
import type { Actor } from '../../domain/people/actor.schema.js';
import { honoursIfMatch, type Route } from '../api/route.js';
import type { IdempotencyClaim } from '../storage/idempotency.repository.js';
import { store, type Store } from '../storage/store.js';
import { errorResponses } from './error-responses.middleware.js';
import { identify } from './identify.js';
import { idempotencyClaim, repeatedAnswer } from './idempotency.js';
import { file, json } from './json.js';
import { logger } from './logger.js';
import { countAnswer, metrics } from './metrics.js';
import { parseRequest } from './parse-request.js';

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface HandlerInput<R extends Route> {
  actor: R['roles'] extends 'public' ? undefined : Actor;
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  body: Infer<R['body']>;
  headers: Record<string, string | undefined>;
  /** The If-Match header, on a route that honours it (`honoursIfMatch`); undefined on every other route. */
  ifMatch: string | undefined;
  now: string;
  newId: () => string;
  store: Store;
  /** Set on an idempotent route called with an Idempotency-Key: the case writer stores the answer with the change. */
  idempotency?: IdempotencyClaim;
}

/** Logs each request's route, status and duration, never a body, and counts the answer. */
const accessLog = (route: Route): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => {
  let started = 0;
  const log = (request: { response?: APIGatewayProxyStructuredResultV2 | null }) => {
    const status = request.response?.statusCode ?? 500;
    logger.info('request', { route: route.operationId, status, ms: Date.now() - started });
    countAnswer(route, status);
  };
  return { before: () => void (started = Date.now()), after: log, onError: log };
};

const isRepeat = (result: unknown): result is { repeat: APIGatewayProxyStructuredResultV2 } =>
  typeof result === 'object' && result !== null && 'repeat' in result && Object.keys(result).length === 1;

/**
 * The one middy stack every route shares: logging, errors to JSON, identity, parsing. The route's
 * own function only calls the domain and the store.
 */
export function httpHandler<R extends Route>(route: R, fn: (input: HandlerInput<R>) => Promise<z.output<R['response']>>) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .use(accessLog(route))
    .use(errorResponses())
    .handler(async (event) => {
      const actor = route.roles === 'public' ? undefined : await identify(route, event);
      const parsed = parseRequest(route, event);
      const { params, query, body } = parsed;
      const idempotency = idempotencyClaim(route, event, actor, parsed);
      const result = await fn({
        actor,
        params,
        query,
        body,
        headers: event.headers,
        ifMatch: honoursIfMatch(route) ? event.headers['if-match'] : undefined,
        now: new Date().toISOString(),
        newId: randomUUID,
        store: route.tableAccess === 'none' ? (undefined as unknown as Store) : store(),
        ...(idempotency ? { idempotency } : {}),
      } as HandlerInput<R>).catch(async (error: unknown) => {
        // A repeat fails where the first succeeded (the case moved on, or the stored answer's key is taken): answer as the first time.
        const repeat = idempotency ? await repeatedAnswer(store(), idempotency).catch((lookup: unknown) => {
          if (lookup instanceof Error && lookup.name === 'HttpError') throw lookup;
          throw error;
        }) : undefined;
        if (repeat) return { repeat };
        throw error;
      });
      if (isRepeat(result)) return result.repeat;
      return route.produces ? file(route.produces, route.operationId, result as string) : json(route.successStatus ?? 200, result);
    });
}
