import { disabledUsers } from '../http/disabled-users.js';
import { notFound } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { recordDisabledUser } from './disabled-users.repository.js';
import { notManageable } from './manageable.js';
import { peopleRoutes } from './people.routes.js';
import { userView } from './people.views.js';
import { userDirectory } from './user-directory.js';

export const handler = httpHandler(peopleRoutes.disableUser, async ({ actor, params, store }) => {
  const directory = userDirectory();
  const user = await directory.findUser(actor.fundId, params.userId);
  if (!user) throw notFound('user');
  notManageable(user);
  // The API's own list first, also for a user the directory has disabled already: their tokens stop working
  // here at once and in every other warm function within 30 s; the directory then stops new sign-ins.
  await recordDisabledUser(store, actor.fundId, user.userId);
  disabledUsers.forget(actor.fundId);
  return userView(user.disabled ? user : await directory.disable(user));
});
