import { fundSettingsSchema } from '../../domain/fund/fund.schema.js';
import { fundListsSchema } from '../../domain/fund/lists.commands.js';
import { manager } from '../api/route-parts.js';
import { defineRoute, type Route } from '../api/route.js';
import { fundViewSchema } from '../api/views.schema.js';

/** The fund's own settings. */
export const fundRoutes = {
  updateFundSettings: defineRoute({
    operationId: 'updateFundSettings', method: 'PUT', path: '/api/fund/settings', summary: "Change the fund's settings.",
    roles: manager, body: fundSettingsSchema, response: fundViewSchema, tableAccess: 'read-write',
  }),
  updateFundLists: defineRoute({
    operationId: 'updateFundLists', method: 'PUT', path: '/api/fund/organisations-and-disciplines',
    summary: "Keep the fund's organisations and disciplines with their names: add, rename, retire (nothing is removed).",
    roles: manager, body: fundListsSchema, response: fundViewSchema, tableAccess: 'read-write',
  }),
} satisfies Record<string, Route>;
