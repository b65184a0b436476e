import { disabledUsers } from '../http/disabled-users.js';
import { notFound } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { removeDisabledUser } from './disabled-users.repository.js';
import { notManageable } from './manageable.js';
import { peopleRoutes } from './people.routes.js';
import { userView } from './people.views.js';
import { userDirectory } from './user-directory.js';

export const handler = httpHandler(peopleRoutes.enableUser, async ({ actor, params, store }) => {
  const directory = userDirectory();
  const user = await directory.findUser(actor.fundId, params.userId);
  if (!user) throw notFound('user');
  notManageable(user);
  // The directory first, then the API's own list: were the second to fail, the user stays refused everywhere
  // and a repeat finishes it. Other warm functions let them in within 30 s.
  const enabled = user.disabled ? await directory.enable(user) : user;
  await removeDisabledUser(store, actor.fundId, user.userId);
  disabledUsers.forget(actor.fundId);
  return userView(enabled);
});
