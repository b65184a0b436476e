import { fundOf } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { forgetCachedFund, putFund } from './fund.repository.js';
import { fundRoutes } from './fund.routes.js';

export const handler = httpHandler(fundRoutes.updateFundSettings, async (caller) => {
  const current = await fundOf(caller);
  // The disciplines' names are kept with the organisations (updateFundLists): a settings form never loses them.
  const settings = { ...caller.body };
  delete settings.disciplineNames;
  const names = current.settings.disciplineNames;
  const fund = { ...current, settings: { ...settings, ...(names ? { disciplineNames: names } : {}) } };
  await putFund(caller.store, fund, { createOnly: false });
  forgetCachedFund(fund.id);
  return fund;
});
