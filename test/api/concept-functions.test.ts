import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { routeKeyOf, type ConceptFunction, type RouteHandler } from '../../functions/api/concept-router.js';
import { conceptsOf } from '../../functions/api/concepts.js';
import { handlerEntry, routes } from '../../functions/api/routes.js';
import { localContext } from '../../functions/local/lambda-event.js';

vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
});

const root = resolve(import.meta.dirname, '../..');
const load = async <T>(entry: string): Promise<T> =>
  ((await import(pathToFileURL(resolve(root, entry)).href)) as { handler: T }).handler;

const eventFor = (routeKey: string, rawPath: string): APIGatewayProxyEventV2 =>
  ({
    version: '2.0', routeKey, rawPath, rawQueryString: '', headers: {}, isBase64Encoded: false,
    requestContext: { http: { method: routeKey.split(' ')[0], path: rawPath }, routeKey, requestId: 'test', stage: '$default' },
  }) as unknown as APIGatewayProxyEventV2;

describe("each concept's one function", () => {
  it("hands every route of the table to that route's own handler, and serves no other", async () => {
    for (const concept of conceptsOf()) {
      const fn = await load<ConceptFunction>(concept.entry);
      expect([...fn.routed.keys()].sort(), concept.name).toEqual(concept.routes.map(routeKeyOf).sort());
      for (const route of concept.routes)
        expect(fn.routed.get(routeKeyOf(route)), route.operationId).toBe(await load<RouteHandler>(handlerEntry(route)));
    }
  });

  it('answers by the route key API Gateway sends', async () => {
    const api = await load<ConceptFunction>('functions/api/api.function.ts');
    const answer = await api(eventFor(routeKeyOf(routes.health), '/api/health'), localContext(routes.health));
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body!)).toMatchObject({ status: 'ok' });
  });

  it("answers another concept's route key with a 404 in the API's own shape, calling no handler", async () => {
    const payment = await load<ConceptFunction>('functions/payment/payment.function.ts');
    const answer = await payment(eventFor(routeKeyOf(routes.health), '/api/health'), localContext(routes.health));
    expect(answer.statusCode).toBe(404);
    expect(answer.headers?.['content-type']).toContain('application/json');
    expect(JSON.parse(answer.body!)).toEqual({
      error: { code: 'no_route', reason: 'no_route', message: 'No route GET /api/health in this function.' },
    });
  });
});
