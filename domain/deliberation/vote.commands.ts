import type { CaseChange, CaseFile, CommandContext } from '../case/case-file.js';
import { refOf, type Actor } from '../people/actor.schema.js';
import { guard } from '../policies/case.policy.js';
import { ok, ruleViolation, type Result } from '../shared/result.js';
import type { Vote, VoteInput } from './vote.schema.js';

const unchanged = (file: CaseFile) => ({ case: file.case, caseChanged: false });

/** Casts a vote, or revises one's own until the decision. */
export function castVote(file: CaseFile, actor: Actor, input: VoteInput, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('vote', file, actor);
  if (!allowed.ok) return allowed;
  const previous = file.votes.find((v) => v.member.userId === actor.userId);
  const vote: Vote = {
    ...input,
    caseId: file.case.id,
    member: { ...refOf(actor), discipline: actor.discipline!, organisationId: actor.organisationId! },
    castAt: previous?.castAt ?? ctx.now,
    updatedAt: ctx.now,
    revision: (previous?.revision ?? 0) + 1,
  };
  return ok({
    ...unchanged(file),
    vote: { record: vote, previousRevision: previous?.revision },
    events: [{ type: previous ? 'vote_revised' : 'vote_cast', at: ctx.now, by: refOf(actor) }],
  });
}

/** A member steps aside from a case; a vote they already cast is set aside with it. */
export function declareConflict(file: CaseFile, actor: Actor, reason: string, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('declareConflict', file, actor);
  if (!allowed.ok) return allowed;
  if (file.conflicts.some((c) => c.member.userId === actor.userId))
    return ruleViolation('conflict_already_declared', 'You have already declared a conflict of interest on this case.');
  const by = refOf(actor);
  const vote = file.votes.find((v) => v.member.userId === actor.userId);
  const hadVoted = vote !== undefined;
  return ok({
    ...unchanged(file),
    conflict: { caseId: file.case.id, member: by, reason, at: ctx.now },
    removedVoteOf: hadVoted ? actor.userId : undefined,
    removedVoteRevision: vote?.revision,
    events: [
      { type: 'conflict_declared', at: ctx.now, by, reason },
      ...(hadVoted ? [{ type: 'vote_set_aside' as const, at: ctx.now, by, reason: 'conflict of interest' }] : []),
    ],
  });
}

/** A contribution to the panel's discussion; blind like the votes. */
export function comment(file: CaseFile, actor: Actor, text: string, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('comment', file, actor);
  if (!allowed.ok) return allowed;
  const by = refOf(actor);
  return ok({
    ...unchanged(file),
    comment: { id: ctx.newId(), caseId: file.case.id, author: by, at: ctx.now, text },
    events: [{ type: 'comment_added', at: ctx.now, by }],
  });
}
