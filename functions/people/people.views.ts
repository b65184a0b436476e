import * as z from 'zod';
import type { User } from '../../domain/people/user.schema.js';

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
export type UserView = z.infer<typeof userViewSchema>;

/**
 * A user as the programme manager sees them: their account without the fund, which is always the
 * manager's own (GET /api/me says it), nor anything else the directory keeps with the account.
 */
export function userView(user: User): UserView {
  const { userId, name, email, role, organisationId, discipline, disabled } = user;
  return {
    userId, name, role, disabled,
    ...(email !== undefined ? { email } : {}),
    ...(organisationId !== undefined ? { organisationId } : {}),
    ...(discipline !== undefined ? { discipline } : {}),
  };
}

export const invitationSchema = z.strictObject({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(120),
  /** A programme manager invites the people who work in the fund; other managers are made by the administrator. */
  role: z.enum(['counsellor', 'panel_member']),
  organisationId: z.string().min(1).max(64),
  /** Required for a panel member: one of the fund's disciplines. */
  discipline: z.string().min(1).max(60).optional(),
});
