import * as z from 'zod';
import { defineRoute, type Route } from '../route.js';

const manager = ['programme_manager'] as const;

export const userViewSchema = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string().optional(),
    role: z.enum(['counsellor', 'panel_member', 'programme_manager']),
    organisationId: z.string().optional(),
    discipline: z.string().optional(),
    disabled: z.boolean(),
  })
  .meta({ id: 'User' });

export const invitationSchema = z.strictObject({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(120),
  /** A programme manager invites the people who work in the fund; other managers are made by the administrator. */
  role: z.enum(['counsellor', 'panel_member']),
  organisationId: z.string().min(1).max(64),
  /** Required for a panel member: one of the fund's disciplines. */
  discipline: z.string().min(1).max(60).optional(),
});

/** User administration for the programme manager, always within their own fund. */
export const userAdminRoutes = {
  listUsers: defineRoute({
    operationId: 'listUsers', method: 'GET', path: '/api/users', summary: "List the fund's users.",
    roles: manager, response: z.object({ users: z.array(userViewSchema) }), tableAccess: 'none',
  }),
  inviteUser: defineRoute({
    operationId: 'inviteUser', method: 'POST', path: '/api/users', summary: 'Invite a counsellor or panel member into the fund.',
    // Reads the fund to check the organisation and discipline; the account itself lives in the user directory.
    roles: manager, body: invitationSchema, response: userViewSchema, successStatus: 201, tableAccess: 'read',
  }),
  disableUser: defineRoute({
    operationId: 'disableUser', method: 'POST', path: '/api/users/{userId}/disable', summary: 'Disable a user of the fund.',
    roles: manager, params: z.strictObject({ userId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Not a valid id.') }),
    response: userViewSchema, tableAccess: 'none',
  }),
} satisfies Record<string, Route>;
