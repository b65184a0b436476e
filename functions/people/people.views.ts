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
