import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { userDirectory } from '../identity/user-directory.js';

export const handler = httpHandler(routes.listUsers, async ({ actor }) => {
  const users = await userDirectory().listUsers(actor.fundId);
  return { users: users.sort((a, b) => a.name.localeCompare(b.name, 'nl')) };
});
