import type { Actor } from '../people/actor.schema.js';
import { guard } from '../policies/case.policy.js';
import { requestedAmountProblem } from '../fund/amount-limits.js';
import { ok, ruleViolation, violationOf, type Result } from '../shared/result.js';
import { addHours, addMonths, dayOf } from '../shared/time.js';
import { parseWith } from '../shared/validation.js';
import type { Case } from './case.schema.js';
import type { CaseChange, CaseFile, CommandContext } from './case-file.js';
import { requestSchema, type Request } from './request.schema.js';
import { move } from './transition.js';

/**
 * Submits a complete request. Earlier requests for the same client within the fund's cap period
 * are flagged to the panel and the manager, not refused: they weigh it.
 */
export function submit(file: CaseFile, actor: Actor, earlier: Case[], ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('submit', file, actor);
  if (!allowed.ok) return allowed;
  const parsed = parseWith(requestSchema, file.case.request, 'request');
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const problem = submissionRule(request, ctx);
  if (problem) return problem;
  return ok(
    move(file, actor, ctx, 'submit', {
      event: 'submitted',
      patch: { request, submittedAt: ctx.now, repeat: repeatOf(file.case.id, request, earlier, ctx) },
    }),
  );
}

function submissionRule(request: Request, ctx: CommandContext) {
  if (!request.consent.given)
    return ruleViolation('consent_missing', 'The client must consent to sharing before the request is submitted.', 'request.consent.given');
  // The counsellor's calendar may be ahead of UTC (Amsterdam: 1 to 2 hours; anywhere: at most 14).
  if (request.consent.date > dayOf(addHours(ctx.now, 14)))
    return ruleViolation('consent_in_future', 'The consent date cannot be in the future.', 'request.consent.date');
  const overLimit = requestedAmountProblem(request.amountCents, ctx.fund.settings);
  if (overLimit)
    return violationOf(overLimit, `The fund gives at most ${ctx.fund.settings.maxPerRequestCents / 100} euro per request.`, 'request.amountCents');
  if (request.urgency.urgent && request.urgency.hardDate! < dayOf(ctx.now))
    return ruleViolation('hard_date_passed', 'The hard date has already passed.', 'request.urgency.hardDate');
  return null;
}

function repeatOf(caseId: string, request: Request, earlier: Case[], ctx: CommandContext): Case['repeat'] {
  const { amountCents: cap, periodMonths } = ctx.fund.settings.perClientCap;
  const since = addMonths(ctx.now, -periodMonths);
  const recent = earlier.filter((c) => c.id !== caseId && c.submittedAt && c.submittedAt >= since);
  if (recent.length === 0) return undefined;
  const earlierGrantedCents = recent.reduce((sum, c) => sum + (c.decision?.amountCents ?? 0), 0);
  return {
    earlierCaseIds: recent.map((c) => c.id),
    earlierGrantedCents,
    capExceeded: earlierGrantedCents + request.amountCents > cap,
  };
}
