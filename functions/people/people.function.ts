import { conceptRouter } from '../api/concept-router.js';
import { handler as changeUser } from './change-user.handler.js';
import { handler as disableUser } from './disable-user.handler.js';
import { handler as enableUser } from './enable-user.handler.js';
import { handler as getMe } from './get-me.handler.js';
import { handler as inviteUser } from './invite-user.handler.js';
import { handler as listUsers } from './list-users.handler.js';
import { peopleRoutes } from './people.routes.js';

/** The people concept's one Lambda function: each of its routes to the route's own handler. */
export const handler = conceptRouter(peopleRoutes, {
  getMe,
  listUsers,
  inviteUser,
  changeUser,
  disableUser,
  enableUser,
});
