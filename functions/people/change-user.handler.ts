import { fundOf } from '../case/case-command.js';
import { userChangeProblem } from '../../domain/people/user.schema.js';
import { bodyRefused, notFound } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { notManageable } from './manageable.js';
import { peopleRoutes } from './people.routes.js';
import { userView } from './people.views.js';
import { userDirectory } from './user-directory.js';

export const handler = httpHandler(peopleRoutes.changeUser, async (caller) => {
  const { actor, params, body } = caller;
  const directory = userDirectory();
  const [user, fund] = await Promise.all([directory.findUser(actor.fundId, params.userId), fundOf(caller)]);
  if (!user) throw notFound('user');
  notManageable(user);
  const problem = userChangeProblem(user, body, fund);
  if (problem) throw bodyRefused([problem]);
  const unchanged = user.role === body.role && user.organisationId === body.organisationId && user.discipline === body.discipline;
  return userView(unchanged ? user : await directory.change(user, body));
});
