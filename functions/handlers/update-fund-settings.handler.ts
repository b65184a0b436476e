import { fundOf } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { forgetCachedFund, putFund } from '../storage/fund.repository.js';

export const handler = httpHandler(routes.updateFundSettings, async (caller) => {
  const fund = { ...(await fundOf(caller)), settings: caller.body };
  await putFund(caller.store, fund, { createOnly: false });
  forgetCachedFund(fund.id);
  return fund;
});
