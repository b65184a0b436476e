import { fundOf } from '../case/case-command.js';
import { peopleRoutes } from './people.routes.js';
import { userView } from './people.views.js';
import { fieldProblem, httpError } from '../http/http-error.js';
import type { ReasonCode, ReasonParams } from '../../domain/shared/reasons.js';
import { httpHandler } from '../http/http-handler.js';
import { userDirectory } from './user-directory.js';

const invalid = (field: string, reason: ReasonCode, message: string, params?: ReasonParams) =>
  httpError(400, reason, message, { code: 'validation', fields: [fieldProblem(`body.${field}`, reason, message, params)] });

export const handler = httpHandler(peopleRoutes.inviteUser, async (caller) => {
  const { body, actor } = caller;
  const fund = await fundOf(caller);
  if (!fund.organisations.some((o) => o.id === body.organisationId))
    throw invalid('organisationId', 'unknown_organisation', `The fund has no organisation "${body.organisationId}".`);
  if (body.role === 'panel_member' && !fund.settings.disciplines.includes(body.discipline ?? ''))
    throw invalid('discipline', 'discipline_needed', `A panel member needs one of the fund's disciplines: ${fund.settings.disciplines.join(', ')}.`, {
      disciplines: fund.settings.disciplines.join(', '),
    });
  if (body.role === 'counsellor' && body.discipline !== undefined)
    throw invalid('discipline', 'discipline_not_allowed', 'Only a panel member has a discipline.');

  const invited = await userDirectory().invite({ ...body, userId: caller.newId(), fundId: actor.fundId });
  if (invited === 'exists') throw httpError(409, 'user_exists', `There is already an account for ${body.email}.`);
  return userView(invited);
});
