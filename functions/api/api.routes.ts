import * as z from 'zod';
import { defineRoute, type Route } from './route.js';
import { healthSchema, healthUnavailableSchema } from './views.schema.js';

/** The API about itself: is it up, and its OpenAPI document. */
export const apiRoutes = {
  health: defineRoute({
    operationId: 'health', method: 'GET', path: '/api/health', summary: 'Is the API up?',
    roles: 'public', response: healthSchema, unavailable: healthUnavailableSchema, tableAccess: 'none',
  }),
  openApi: defineRoute({
    operationId: 'openApi', method: 'GET', path: '/api/openapi.json', summary: 'This API, as OpenAPI 3.1.',
    roles: 'public', response: z.record(z.string(), z.unknown()), tableAccess: 'none',
  }),
} satisfies Record<string, Route>;
