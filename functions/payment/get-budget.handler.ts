import { budgetView, fundYearOf } from '../../domain/payment/budget.js';
import { fundOf } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { getBudgetSums } from './budget.repository.js';
import { paymentRoutes } from './payment.routes.js';

export const handler = httpHandler(paymentRoutes.getBudget, async (caller) => {
  const fund = await fundOf(caller);
  const year = caller.query.year ?? fundYearOf(caller.now);
  const sums = await getBudgetSums(caller.store, fund.id, year);
  return budgetView(fund.settings, year, sums, caller.query.amountCents);
});
