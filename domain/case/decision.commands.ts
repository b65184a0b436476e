import { dissentingVotes, tally } from '../deliberation/tally.js';
import { refOf, type Actor } from '../people/actor.schema.js';
import { authorise } from '../policies/case.policy.js';
import { recusalOf } from '../deliberation/recusal.js';
import { grantedAmountProblem } from '../fund/amount-limits.js';
import { ok, ruleViolation, violationOf, type Result } from '../shared/result.js';
import type { DecisionInput } from './case.schema.js';
import type { CaseChange, CaseFile, CommandContext } from './case-file.js';
import { move, requireState } from './transition.js';
import { euro } from '../payment/budget.js';
import { startFollowUp } from '../follow-up/schedule.js';

/**
 * The programme manager records the panel's decision from the tally: the reasoning, the dissent
 * when any counted vote went the other way, and an explicit override when quorum was not reached
 * or the grant goes over the year's remaining budget. A refusal goes straight on to follow-up: its
 * effects are followed like a grant's; a grant follows once it is paid.
 */
export function recordDecision(file: CaseFile, actor: Actor, input: DecisionInput, ctx: CommandContext): Result<CaseChange> {
  const allowed = authorise(actor, 'recordDecision', file);
  if (!allowed.ok) return allowed;
  const inState = requireState('recordDecision', file.case, 'decide');
  if (!inState.ok) return inState;
  const counted = tally(file.case, file.votes, file.conflicts, ctx.fund.settings);
  const problem = decisionRule(file, input, counted.quorum.reached, ctx);
  if (problem) return problem;
  const decided = move(file, actor, ctx, {
    transition: 'recordDecision',
    event: 'decision_recorded',
    patch: { decision: { ...input, decidedAt: ctx.now, decidedBy: refOf(actor), tally: counted } },
    reason: input.outcome,
  });
  if (input.outcome === 'refused') return ok(startFollowUp(decided, actor, ctx));
  // A grant checked against the budget holds only while the year's other grants still leave room for it.
  const budgetChecked = ctx.budget && !input.budgetOverride
    ? { year: ctx.budget.year, grantedAtMost: ctx.fund.settings.annualBudgetCents - (input.amountCents ?? 0) }
    : undefined;
  return ok(budgetChecked ? { ...decided, budgetChecked } : decided);
}

function decisionRule(file: CaseFile, input: DecisionInput, quorumReached: boolean, ctx: CommandContext) {
  if (!quorumReached && !input.quorumOverride)
    return ruleViolation('quorum_not_reached', 'Quorum is not reached: wait for more votes, or give a reason to decide without it.', 'quorumOverride.reason');
  if (input.outcome === 'refused') {
    if (input.amountCents !== undefined) return ruleViolation('amount_on_refusal', 'A refusal grants no amount.', 'amountCents');
  } else {
    const problem = grantRule(file, input, ctx);
    if (problem) return problem;
  }
  const eligibleVotes = file.votes.filter((v) => recusalOf(v.member, file.case, file.conflicts) === null);
  if (dissentingVotes(eligibleVotes, input.outcome).length > 0 && !input.dissent)
    return ruleViolation('dissent_missing', 'Some members voted otherwise: record their dissent.', 'dissent');
  return null;
}

function grantRule(file: CaseFile, input: DecisionInput, ctx: CommandContext) {
  const requested = file.case.request.amountCents ?? 0;
  if (input.amountCents === undefined) return ruleViolation('amount_missing', 'State the granted amount.', 'amountCents');
  const overLimit = grantedAmountProblem(input.amountCents, requested, ctx.fund.settings);
  if (overLimit) {
    const message = overLimit.reason === 'over_requested' ? 'The grant cannot be more than the amount requested.' : 'The grant is above the fund’s maximum per request.';
    return violationOf(overLimit, message, 'amountCents');
  }
  if (input.outcome === 'granted_with_conditions' && !input.conditions)
    return ruleViolation('conditions_missing', 'State the conditions of the grant.', 'conditions');
  return budgetRule(input.amountCents, input, ctx);
}

/** Known when the caller read the fund's budget item; the seed and unit tests may leave it out. */
function budgetRule(amountCents: number, input: DecisionInput, ctx: CommandContext) {
  if (!ctx.budget || input.budgetOverride) return null;
  const remaining = ctx.fund.settings.annualBudgetCents - ctx.budget.grantedCents;
  if (amountCents <= remaining) return null;
  return ruleViolation(
    'over_budget',
    `After this grant ${euro(remaining - amountCents)} of ${euro(ctx.fund.settings.annualBudgetCents)} would be left for ${ctx.budget.year}: give a reason to grant over the budget.`,
    'budgetOverride.reason',
    { remainingCents: remaining, annualBudgetCents: ctx.fund.settings.annualBudgetCents, year: ctx.budget.year },
  );
}
