import * as z from 'zod';
import { everyone, id, manager } from '../api/route-parts.js';
import { defineRoute, type Route } from '../api/route.js';
import { meSchema } from '../api/views.schema.js';
import { invitationSchema, userChangeSchema } from '../../domain/people/user.schema.js';
import { userViewSchema } from './people.views.js';

const userParams = z.strictObject({ userId: id });

/** Who I am, and user administration for the programme manager, always within their own fund. */
export const peopleRoutes = {
  getMe: defineRoute({
    operationId: 'getMe', method: 'GET', path: '/api/me', summary: 'Who I am, and my fund with its settings.',
    roles: everyone, response: meSchema, tableAccess: 'read',
  }),
  listUsers: defineRoute({
    operationId: 'listUsers', method: 'GET', path: '/api/users', summary: "List the fund's users.",
    // Reads the table only for the identity check's disabled list; the accounts live in the user directory.
    roles: manager, response: z.object({ users: z.array(userViewSchema) }), tableAccess: 'read',
  }),
  inviteUser: defineRoute({
    operationId: 'inviteUser', method: 'POST', path: '/api/users', summary: 'Invite a counsellor or panel member into the fund.',
    // Reads the fund to check the organisation and discipline; the account itself lives in the user directory.
    roles: manager, body: invitationSchema, response: userViewSchema, successStatus: 201, tableAccess: 'read',
  }),
  changeUser: defineRoute({
    operationId: 'changeUser', method: 'PATCH', path: '/api/users/{userId}',
    summary: "Change a counsellor's or panel member's role, organisation and discipline; they act with them from their next token.",
    // Reads the fund to check the organisation and discipline; the account itself lives in the user directory.
    roles: manager, params: userParams, body: userChangeSchema, response: userViewSchema, tableAccess: 'read',
  }),
  disableUser: defineRoute({
    operationId: 'disableUser', method: 'POST', path: '/api/users/{userId}/disable', summary: 'Disable a user of the fund.',
    roles: manager, params: userParams,
    // Writes the fund's disabled list, which every route's identity check reads; the account itself lives in the user directory.
    response: userViewSchema, tableAccess: 'read-write',
  }),
  enableUser: defineRoute({
    operationId: 'enableUser', method: 'POST', path: '/api/users/{userId}/enable', summary: 'Let a disabled user of the fund sign in again.',
    roles: manager, params: userParams,
    // Takes the user off the fund's disabled list, which every route's identity check reads.
    response: userViewSchema, tableAccess: 'read-write',
  }),
} satisfies Record<string, Route>;
