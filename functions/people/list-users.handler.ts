import { httpHandler } from '../http/http-handler.js';
import { peopleRoutes } from './people.routes.js';
import { userView } from './people.views.js';
import { userDirectory } from './user-directory.js';

export const handler = httpHandler(peopleRoutes.listUsers, async ({ actor }) => {
  const users = await userDirectory().listUsers(actor.fundId);
  return { users: users.sort((a, b) => a.name.localeCompare(b.name, 'nl')).map(userView) };
});
