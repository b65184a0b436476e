import { fundOf } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { forgetCachedFund, putFund } from './fund.repository.js';
import { fundRoutes } from './fund.routes.js';

export const handler = httpHandler(fundRoutes.updateFundSettings, async (caller) => {
  const fund = { ...(await fundOf(caller)), settings: caller.body };
  await putFund(caller.store, fund, { createOnly: false });
  forgetCachedFund(fund.id);
  return fund;
});
