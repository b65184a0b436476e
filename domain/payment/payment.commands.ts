import type { CaseChange, CaseFile, CommandContext } from '../case/case-file.js';
import { move } from '../case/transition.js';
import { startFollowUp } from '../follow-up/schedule.js';
import { refOf, type Actor } from '../people/actor.schema.js';
import { guard } from '../policies/case.policy.js';
import { paidAmountProblem } from '../fund/amount-limits.js';
import { ok, ruleViolation, violationOf, type Result } from '../shared/result.js';
import { dayOf } from '../shared/time.js';
import { euro } from './budget.js';
import type { Payment, PaymentInput } from './payment.schema.js';

/**
 * The programme manager records a payment on a grant. Payments add up to at most the granted
 * amount; the one that reaches it (or is marked complete) moves the case on to follow-up.
 */
export function recordPayment(file: CaseFile, actor: Actor, input: PaymentInput, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('recordPayment', file, actor);
  if (!allowed.ok) return allowed;
  const problem = paymentRule(file, input, ctx);
  if (problem) return problem;

  const granted = file.case.decision!.amountCents ?? 0;
  const before = file.case.payment;
  const paidCents = (before?.paidCents ?? 0) + input.amountCents;
  const { complete: markedComplete, ...facts } = input;
  const complete = paidCents >= granted || markedComplete === true;
  const record = { ...facts, id: ctx.newId(), recordedAt: ctx.now, recordedBy: refOf(actor) };
  const payment: Payment = {
    paidCents,
    firstPaidAt: before?.firstPaidAt ?? ctx.now,
    ...(complete ? { completedAt: ctx.now } : {}),
    payments: [...(before?.payments ?? []), record],
  };
  const paid = move(file, actor, ctx, 'recordPayment', {
    event: 'payment_recorded',
    patch: { payment },
    reason: complete ? 'complete' : 'partial',
  });
  return ok(complete ? startFollowUp(paid, actor, ctx, 'recordPayment') : paid);
}

function paymentRule(file: CaseFile, input: PaymentInput, ctx: CommandContext) {
  const decision = file.case.decision!;
  if (decision.outcome === 'refused') return ruleViolation('not_a_grant', 'A refusal is not paid.', 'amountCents');
  const overGrant = paidAmountProblem(input.amountCents, decision.amountCents ?? 0, file.case.payment?.paidCents ?? 0);
  if (overGrant)
    return violationOf(overGrant, `Payments add up to at most the granted amount: ${euro(Number(overGrant.params?.leftCents))} is left to pay.`, 'amountCents');
  // Only conditions to meet before payment are checked here; agreements for afterwards are asked at follow-up.
  if (decision.conditions && input.conditionsMet !== true)
    return ruleViolation('conditions_not_met', 'This grant has conditions to meet before payment: confirm they are met.', 'conditionsMet');
  if (input.paidOn > dayOf(ctx.now)) return ruleViolation('paid_in_future', 'The payment date cannot be in the future.', 'paidOn');
  if (input.paidOn < dayOf(decision.decidedAt))
    return ruleViolation('paid_before_decision', 'The payment date cannot be before the decision.', 'paidOn');
  return null;
}
