import { budgetView, fundYearOf } from '../../domain/payment/budget.js';
import { fundOf } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { getBudgetSums } from '../storage/budget.repository.js';

export const handler = httpHandler(routes.getBudget, async (caller) => {
  const fund = await fundOf(caller);
  const year = caller.query.year ?? fundYearOf(caller.now);
  const sums = await getBudgetSums(caller.store, fund.id, year);
  return budgetView(fund.settings, year, sums, caller.query.amountCents);
});
