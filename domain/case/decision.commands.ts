import { dissentingVotes, tally } from '../deliberation/tally.js';
import { refOf, type Actor } from '../people/actor.schema.js';
import { guard } from '../policies/case.policy.js';
import { mayDeliberate } from '../deliberation/recusal.js';
import { grantedAmountProblem } from '../fund/amount-limits.js';
import { ok, ruleViolation, violationOf, type Result } from '../shared/result.js';
import type { DecisionInput } from './case.schema.js';
import type { CaseChange, CaseFile, CommandContext } from './case-file.js';
import { move } from './transition.js';
import { budgetRule } from '../payment/budget.js';
import { startFollowUp } from '../follow-up/schedule.js';

/**
 * The programme manager records the panel's decision from the tally: the reasoning, the dissent
 * when any counted vote went the other way, and an explicit override when quorum was not reached
 * or the grant goes over the year's remaining budget. A refusal goes straight on to follow-up: its
 * effects are followed like a grant's; a grant follows once it is paid.
 */
export function recordDecision(file: CaseFile, actor: Actor, input: DecisionInput, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('recordDecision', file, actor);
  if (!allowed.ok) return allowed;
  const counted = tally(file.case, file.votes, file.conflicts, ctx.fund.settings);
  const checked = decisionRule(file, input, counted.quorum.reached, ctx);
  if (!checked.ok) return checked;
  const decided = move(file, actor, ctx, 'recordDecision', {
    event: 'decision_recorded',
    patch: { decision: { ...input, decidedAt: ctx.now, decidedBy: refOf(actor), tally: counted } },
    reason: input.outcome,
  });
  if (input.outcome === 'refused') return ok(startFollowUp(decided, actor, ctx, 'recordDecision'));
  // A grant checked against the budget holds only while the year's other grants still leave room for it.
  return ok(checked.value ? { ...decided, budgetChecked: checked.value } : decided);
}

/** The rules of a decision; for a grant, what the budget check holds its write to. */
function decisionRule(file: CaseFile, input: DecisionInput, quorumReached: boolean, ctx: CommandContext): Result<CaseChange['budgetChecked']> {
  if (!quorumReached && !input.quorumOverride)
    return ruleViolation('quorum_not_reached', 'Quorum is not reached: wait for more votes, or give a reason to decide without it.', 'quorumOverride.reason');
  let budgetChecked: CaseChange['budgetChecked'];
  if (input.outcome === 'refused') {
    if (input.amountCents !== undefined) return ruleViolation('amount_on_refusal', 'A refusal grants no amount.', 'amountCents');
  } else {
    const grant = grantRule(file, input, ctx);
    if (!grant.ok) return grant;
    budgetChecked = grant.value;
  }
  const eligibleVotes = file.votes.filter((v) => mayDeliberate(v.member, file.case, file.conflicts));
  if (dissentingVotes(eligibleVotes, input.outcome).length > 0 && !input.dissent)
    return ruleViolation('dissent_missing', 'Some members voted otherwise: record their dissent.', 'dissent');
  return ok(budgetChecked);
}

function grantRule(file: CaseFile, input: DecisionInput, ctx: CommandContext): Result<CaseChange['budgetChecked']> {
  const requested = file.case.request.amountCents ?? 0;
  if (input.amountCents === undefined) return ruleViolation('amount_missing', 'State the granted amount.', 'amountCents');
  const overLimit = grantedAmountProblem(input.amountCents, requested, ctx.fund.settings);
  if (overLimit) {
    const message = overLimit.reason === 'over_requested' ? 'The grant cannot be more than the amount requested.' : 'The grant is above the fund’s maximum per request.';
    return violationOf(overLimit, message, 'amountCents');
  }
  if (input.outcome === 'granted_with_conditions' && !input.conditions && !input.agreements)
    return ruleViolation('conditions_missing', 'State the conditions to meet before payment, or the agreements for afterwards.', 'conditions');
  return budgetRule(input.amountCents, input.budgetOverride, ctx);
}
