import { fundSettingsSchema } from '../../domain/fund/fund.schema.js';
import { manager } from '../api/route-parts.js';
import { defineRoute, type Route } from '../api/route.js';
import { fundViewSchema } from '../api/views.schema.js';

/** The fund's own settings. */
export const fundRoutes = {
  updateFundSettings: defineRoute({
    operationId: 'updateFundSettings', method: 'PUT', path: '/api/fund/settings', summary: "Change the fund's settings.",
    roles: manager, body: fundSettingsSchema, response: fundViewSchema, tableAccess: 'read-write',
  }),
} satisfies Record<string, Route>;
