import { fundOf } from '../case/case-command.js';
import { updateFundLists } from '../../domain/fund/lists.commands.js';
import { bodyRefused } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { forgetCachedFund, putFund } from './fund.repository.js';
import { fundRoutes } from './fund.routes.js';

export const handler = httpHandler(fundRoutes.updateFundLists, async (caller) => {
  const result = updateFundLists(await fundOf(caller), caller.body);
  if (!result.ok) throw bodyRefused(result.problems);
  await putFund(caller.store, result.fund, { createOnly: false });
  forgetCachedFund(result.fund.id);
  return result.fund;
});
