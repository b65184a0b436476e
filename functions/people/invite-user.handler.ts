import { fundOf } from '../case/case-command.js';
import { invitationProblem } from '../../domain/people/user.schema.js';
import { peopleRoutes } from './people.routes.js';
import { userView } from './people.views.js';
import { bodyRefused, httpError } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { userDirectory } from './user-directory.js';

export const handler = httpHandler(peopleRoutes.inviteUser, async (caller) => {
  const { body, actor } = caller;
  const problem = invitationProblem(body, await fundOf(caller));
  if (problem) throw bodyRefused([problem]);

  const invited = await userDirectory().invite({ ...body, userId: caller.newId(), fundId: actor.fundId });
  if (invited === 'exists') throw httpError(409, 'user_exists', `There is already an account for ${body.email}.`);
  return userView(invited);
});
