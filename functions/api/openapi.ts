import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { errorSchema } from './views.schema.js';
import { routeList } from './routes.js';
import type { Route } from './route.js';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });

function operation(route: Route): ZodOpenApiOperationObject {
  const secured = route.roles !== 'public';
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: secured ? `Roles: ${(route.roles as readonly string[]).join(', ')}.` : 'Public.',
    ...(secured ? { security: [{ bearer: [] }] } : { security: [] }),
    requestParams: { ...(route.params ? { path: route.params } : {}), ...(route.query ? { query: route.query } : {}) },
    ...(route.body ? { requestBody: { content: { 'application/json': { schema: route.body } } } } : {}),
    responses: {
      [String(route.successStatus ?? 200)]: { description: 'Done.', content: { [route.produces ?? 'application/json']: { schema: route.response } } },
      ...(route.params || route.query || route.body ? { '400': errorResponse('A field is missing or wrong; `fields` names each.') } : {}),
      ...(secured
        ? { '401': errorResponse('No valid token.'), '403': errorResponse('Not allowed for this role or this case.') }
        : {}),
      ...(route.params?.shape && 'caseId' in route.params.shape ? { '404': errorResponse('No such case, or not visible to you.') } : {}),
      ...(route.method !== 'GET' && route.tableAccess === 'read-write'
        ? {
            '409': errorResponse('Changed by someone else meanwhile; `currentVersion` says the version now.'),
            '422': errorResponse('Not allowed in the case’s current state, or against a rule of the fund.'),
          }
        : {}),
      '503': errorResponse('The store is busy or unreachable; nothing was changed. Retry after the Retry-After header.'),
    },
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
    info: { title: 'Doorbraak API', version: '1.0.0', description: 'Run a hardship fund the way the Doorbraakfonds works.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  });
}

