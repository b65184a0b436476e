import type { CaseChange, CaseFile, CommandContext } from '../case/case-file.js';
import { revised } from '../case/transition.js';
import type { Actor } from '../people/actor.schema.js';
import { refOf } from '../people/actor.schema.js';
import type { User } from '../people/user.schema.js';
import { guard } from '../policies/case.policy.js';
import { ok, ruleViolation, type Result } from '../shared/result.js';
import type { HandOverInput } from './follow-up.schema.js';

/**
 * A counsellor who leaves hands a case to a colleague of the same organisation (or the programme
 * manager does it for them). The case stays where it is; from now on the colleague answers,
 * reports and is notified.
 */
export function handOver(file: CaseFile, actor: Actor, input: HandOverInput, colleague: User | undefined, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('handOver', file, actor);
  if (!allowed.ok) return allowed;
  const kase = file.case;
  const isColleague =
    colleague !== undefined && !colleague.disabled && colleague.role === 'counsellor' &&
    colleague.fundId === kase.fundId && colleague.organisationId === kase.organisationId;
  if (!isColleague) return ruleViolation('not_a_colleague', 'Choose an active counsellor of the same organisation.', 'toUserId');
  if (colleague.userId === kase.counsellor.userId) return ruleViolation('already_counsellor', 'This colleague already has the case.', 'toUserId');
  return ok({
    case: revised(kase, { counsellor: refOf(colleague) }, ctx.now),
    caseChanged: true,
    events: [{ type: 'handed_over', at: ctx.now, by: refOf(actor), reason: input.note ?? `to ${colleague.name}` }],
  });
}
