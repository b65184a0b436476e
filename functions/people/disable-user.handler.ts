import { httpError, notFound } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { peopleRoutes } from './people.routes.js';
import { userDirectory } from './user-directory.js';

export const handler = httpHandler(peopleRoutes.disableUser, async ({ actor, params }) => {
  const directory = userDirectory();
  const user = await directory.findUser(actor.fundId, params.userId);
  if (!user) throw notFound('user');
  // Managers keep each other in check through the administrator: no manager locks out a manager, or themselves.
  if (user.role === 'programme_manager')
    throw httpError(403, 'user_not_manageable', 'A programme manager can disable counsellors and panel members only; ask the administrator.', { code: 'forbidden' });
  return user.disabled ? user : directory.disable(user);
});
