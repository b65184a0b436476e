import { refOf, type Actor } from '../people/actor.schema.js';
import { guard } from '../policies/case.policy.js';
import { ok, type Result } from '../shared/result.js';
import { addHours } from '../shared/time.js';
import type { ScreeningInput } from './case.schema.js';
import type { CaseChange, CaseFile, CommandContext } from './case-file.js';
import { move } from './transition.js';

/** The programme manager screens a submitted request in, or out with a reason. */
export function screen(file: CaseFile, actor: Actor, input: ScreeningInput, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('screen', file, actor);
  if (!allowed.ok) return allowed;
  const text = input.outcome === 'out' ? input.reason : input.note;
  return ok(
    move(file, actor, ctx, 'screen', {
      to: input.outcome === 'in' ? 'screened' : 'screened_out',
      event: input.outcome === 'in' ? 'screened_in' : 'screened_out',
      patch: { screening: { outcome: input.outcome, text, by: refOf(actor), at: ctx.now } },
      reason: text,
    }),
  );
}

/** Opens the panel's deliberation; the voting window is the fund's short one when the request is urgent. */
export function openDeliberation(file: CaseFile, actor: Actor, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('openDeliberation', file, actor);
  if (!allowed.ok) return allowed;
  const urgent = file.case.request.urgency?.urgent === true;
  const window = ctx.fund.settings.votingWindowHours;
  const deadline = addHours(ctx.now, urgent ? window.urgent : window.normal);
  return ok(
    move(file, actor, ctx, 'openDeliberation', {
      event: 'deliberation_opened',
      patch: { deliberation: { openedAt: ctx.now, urgent, deadline, pausedMs: 0 } },
    }),
  );
}

/** The counsellor withdraws the request before the decision. */
export function withdraw(file: CaseFile, actor: Actor, reason: string, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('withdraw', file, actor);
  if (!allowed.ok) return allowed;
  return ok(
    move(file, actor, ctx, 'withdraw', {
      event: 'withdrawn',
      patch: { withdrawal: { reason, at: ctx.now } },
      reason,
    }),
  );
}
