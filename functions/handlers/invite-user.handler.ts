import { fundOf } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpError } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { userDirectory } from '../identity/user-directory.js';

const invalid = (field: string, message: string) =>
  httpError(400, 'validation', message, { fields: [{ field: `body.${field}`, message }] });

export const handler = httpHandler(routes.inviteUser, async (caller) => {
  const { body, actor } = caller;
  const fund = await fundOf(caller);
  if (!fund.organisations.some((o) => o.id === body.organisationId))
    throw invalid('organisationId', `The fund has no organisation "${body.organisationId}".`);
  if (body.role === 'panel_member' && !fund.settings.disciplines.includes(body.discipline ?? ''))
    throw invalid('discipline', `A panel member needs one of the fund's disciplines: ${fund.settings.disciplines.join(', ')}.`);
  if (body.role === 'counsellor' && body.discipline !== undefined)
    throw invalid('discipline', 'Only a panel member has a discipline.');

  const invited = await userDirectory().invite({ ...body, userId: caller.newId(), fundId: actor.fundId });
  if (invited === 'exists') throw httpError(409, 'user_exists', `There is already an account for ${body.email}.`);
  return invited;
});
