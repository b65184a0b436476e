import { recordDecision } from '../../domain/case/decision.commands.js';
import { fundYearOf } from '../../domain/payment/budget.js';
import { httpHandler } from '../http/http-handler.js';
import { getBudgetSums } from '../payment/budget.repository.js';
import { runCaseCommand } from './case-command.js';
import { caseRoutes } from './case.routes.js';

export const handler = httpHandler(caseRoutes.recordDecision, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, async (file, ctx) => {
    // The year's granted sum, so a grant over the remaining budget needs an explicit override.
    const budget = await getBudgetSums(caller.store, ctx.fund.id, fundYearOf(ctx.now));
    return recordDecision(file, caller.actor, caller.body, { ...ctx, budget });
  }),
);
