import { recordDecision } from '../../domain/case/decision.commands.js';
import { fundYearOf } from '../../domain/payment/budget.js';
import { runCaseCommand } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { getBudgetSums } from '../storage/budget.repository.js';

export const handler = httpHandler(routes.recordDecision, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, async (file, ctx) => {
    // The year's granted sum, so a grant over the remaining budget needs an explicit override.
    const budget = await getBudgetSums(caller.store, ctx.fund.id, fundYearOf(ctx.now));
    return recordDecision(file, caller.actor, caller.body, { ...ctx, budget });
  }),
);
