import { isManageable, type User } from '../../domain/people/user.schema.js';
import { httpError } from '../http/http-error.js';

/**
 * Managers keep each other in check through the administrator: no manager changes, disables or
 * re-enables a manager, or themselves, so a fund never loses its last manager this way.
 */
export function notManageable(user: User): void {
  if (!isManageable(user))
    throw httpError(403, 'user_not_manageable', 'A programme manager can change, disable and enable counsellors and panel members only; ask the administrator.', { code: 'forbidden' });
}
