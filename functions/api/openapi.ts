import * as z from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiResponseObject } from 'zod-openapi';
import { createDocument } from 'zod-openapi';
import { errorSchema } from './views.schema.js';
import { idempotencyKey } from './route-parts.js';
import { routeList } from './routes.js';
import { honoursIdempotencyKey, honoursIfMatch, type Route } from './route.js';

/** The project's licence, as package.json names it (SPDX); test/api/openapi.test.ts keeps the two equal. */
export const LICENSE = { name: 'EUPL-1.2', identifier: 'EUPL-1.2' } as const;

/** API Gateway's own refusal, made before any function runs (throttling, its authorizer, its size limit): not the Error shape. */
const gatewayErrorSchema = z
  .object({ message: z.string() })
  .meta({ id: 'GatewayError', description: 'A refusal by API Gateway itself, before any function of the API runs: `{"message": "Too Many Requests"}`, for example.' });

/** Response headers, declared once under components.headers and referred to. */
const headers = {
  CacheControl: { description: 'Always `no-store`: answers hold personal data and are never cached.', schema: { type: 'string' } },
  RetryAfter: { description: 'Seconds to wait before trying again.', required: true, schema: { type: 'string', pattern: '^[0-9]+$' } },
  IdempotentReplayed: {
    description: '`true` when this is the stored first answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
  ContentDisposition: { description: 'The file name to save the download under.', required: true, schema: { type: 'string' } },
} satisfies Record<string, { description: string; required?: boolean; schema: { type: 'string'; pattern?: string; enum?: string[] } }>;
const header = (name: keyof typeof headers) => ({ $ref: `#/components/headers/${name}` });

const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

const refusal = (description: string, schema: z.ZodType = errorSchema, extra: Partial<ZodOpenApiResponseObject> = {}): ZodOpenApiResponseObject => ({
  description,
  headers: { 'Cache-Control': header('CacheControl') },
  content: json(schema),
  ...extra,
});

/** The path parameters that name a thing (`caseId`, `lessonId`, …): a route with one can answer 404. */
const idParams = (route: Route): string[] => Object.keys(route.params?.shape ?? {}).filter((name) => name.endsWith('Id'));

const thingOf = (param: string) => param.slice(0, -2).replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

/**
 * Every answer a route can give, derived from what the route table says of it and from what the
 * shared HTTP stack does with that (functions/http/): its input (400, 413, 415), its roles (401,
 * 403), its path ids (404), a write (409, 422), and what any route may meet (429 at the gateway,
 * 500, 503 while the store is away).
 */
export function responsesOf(route: Route): Record<string, ZodOpenApiResponseObject> {
  const secured = route.roles !== 'public';
  const writes = route.method !== 'GET';
  const ids = idParams(route);
  const success = String(route.successStatus ?? 200);
  const successHeaders = {
    'Cache-Control': header('CacheControl'),
    ...(route.produces ? { 'Content-Disposition': header('ContentDisposition') } : {}),
    ...(honoursIdempotencyKey(route) ? { 'Idempotent-Replayed': header('IdempotentReplayed') } : {}),
  };
  return {
    [success]: {
      description: route.successStatus === 201 ? 'Created.' : 'Done.',
      headers: successHeaders,
      content: { [route.produces ?? 'application/json']: { schema: route.response } },
    },
    ...(route.params || route.query || route.body || honoursIdempotencyKey(route)
      ? { '400': refusal('A field is missing or wrong (`code` is `validation` and `fields` names each), the body is empty or not JSON, or a cursor or Idempotency-Key is not valid.') }
      : {}),
    ...(secured
      ? {
          '401': refusal(
            'No valid token, or the user has been disabled. On AWS a missing or invalid token is refused by API Gateway itself, with its own body.',
            z.union([errorSchema, gatewayErrorSchema]),
          ),
          '403': refusal('Not allowed for this role, on this case, or for this user.'),
        }
      : {}),
    ...(ids.length ? { '404': refusal(`No such ${ids.map(thingOf).join(' or ')}, or not visible to you.`) } : {}),
    ...(writes
      ? {
          '409': refusal(
            honoursIfMatch(route)
              ? 'Changed by someone else meanwhile, or since the version If-Match names: `currentVersion` says the version now.'
              : 'Changed by someone else meanwhile, or it exists already.',
          ),
          '422': refusal(
            honoursIdempotencyKey(route)
              ? 'Not allowed in the current state or against a rule of the fund; or the Idempotency-Key was used for another request.'
              : 'Not allowed in the current state, or against a rule of the fund.',
          ),
        }
      : {}),
    '413': refusal(
      route.body
        ? 'The body is larger than 64 KiB, or the request larger than the gateway takes.'
        : 'The request is larger than the gateway takes.',
      z.union([errorSchema, gatewayErrorSchema]),
    ),
    ...(route.body ? { '415': refusal('The body is not sent as application/json.') } : {}),
    '429': { description: "Too many requests: API Gateway's throttle for the whole API refused this one. Try again shortly.", content: json(gatewayErrorSchema) },
    '500': refusal('Something went wrong on our side (`internal`); it has been logged.'),
    '503': refusal(
      'The store is busy or unreachable; nothing was changed. Try again after Retry-After seconds.',
      route.unavailable ? z.union([errorSchema, route.unavailable]) : errorSchema,
      { headers: { 'Cache-Control': header('CacheControl'), 'Retry-After': header('RetryAfter') } },
    ),
  };
}

/** The request headers a route honours beyond the token: Idempotency-Key and If-Match, where the HTTP stack reads them. */
function requestHeaders(route: Route): z.ZodObject | undefined {
  const shape: Record<string, z.ZodType> = {
    ...(honoursIdempotencyKey(route)
      ? {
          'Idempotency-Key': idempotencyKey.optional().meta({
            param: { description: 'Makes a retry safe: the same key again gets the first answer back (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another request is a 422. Kept a day.' },
          }),
        }
      : {}),
    ...(honoursIfMatch(route)
      ? {
          'If-Match': z.string().optional().meta({
            param: { description: 'The case version the change is based on, as `"7"`, `W/"7"` or `*`: a stale version is a 409 `version_conflict` with `currentVersion`, before anything is tried.' },
          }),
        }
      : {}),
  };
  return Object.keys(shape).length ? z.object(shape) : undefined;
}

function operation(route: Route): ZodOpenApiOperationObject {
  const secured = route.roles !== 'public';
  const header = requestHeaders(route);
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: secured ? `Roles: ${(route.roles as readonly string[]).join(', ')}.` : 'Public.',
    ...(secured ? { security: [{ bearer: [] }] } : { security: [] }),
    requestParams: {
      ...(route.params ? { path: route.params } : {}),
      ...(route.query ? { query: route.query } : {}),
      ...(header ? { header } : {}),
    },
    // parse-request.ts refuses a missing body on every route that has one.
    ...(route.body ? { requestBody: { required: true, content: json(route.body) } } : {}),
    responses: responsesOf(route),
  };
}

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas. */
export function openApiDocument(): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routeList) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Doorbraak API',
      version: '1.0.0',
      description: 'Run a hardship fund the way the Doorbraakfonds works.',
      license: LICENSE,
    },
    servers: [
      {
        url: '/',
        description: 'The origin this document was fetched from: the local runtime (`npm start`, http://localhost:3000) or the deployed web app, which passes /api/* on to the API.',
      },
      {
        url: 'https://{apiId}.execute-api.{region}.amazonaws.com',
        description: 'The HTTP API on AWS, called directly rather than through the web app.',
        variables: {
          apiId: { default: 'api-id', description: 'The id of the HTTP API (`aws apigatewayv2 get-apis`).' },
          region: { default: 'eu-central-1', description: 'The region the stack is deployed in.' },
        },
      },
    ],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      headers,
    },
    paths,
  });
}
