import type * as z from 'zod';
import type { Case } from '../../domain/case/case.schema.js';
import { caseAsStored } from '../storage/case-change.writer.js';
import type { CaseChange, CaseFile } from '../../domain/case/case-file.js';
import type { HistoryEntry } from '../../domain/case/case-event.schema.js';
import { visibleDeliberation } from '../../domain/deliberation/visibility.js';
import type { Fund } from '../../domain/fund/fund.schema.js';
import type { Actor } from '../../domain/people/actor.schema.js';
import { availableActions } from '../../domain/policies/case.policy.js';
import type { caseSummarySchema, caseViewSchema } from './views.schema.js';

export type CaseView = z.output<typeof caseViewSchema>;
export type CaseSummary = z.output<typeof caseSummarySchema>;

/** The case as this actor may see it: blind deliberation, own conflicts only, and what they can do next. */
export function caseView(actor: Actor, file: CaseFile, fund: Fund): CaseView {
  const deliberation = visibleDeliberation(actor, file, fund.settings);
  const conflicts = actor.role === 'programme_manager' ? file.conflicts : file.conflicts.filter((c) => c.member.userId === actor.userId);
  return {
    case: withoutBallotCount(file.case),
    questions: file.questions,
    deliberation: { ...deliberation, conflicts },
    history: historyFor(actor, file.history, deliberation.votes.length > 0 || deliberation.hasVoted),
    actions: availableActions(actor, file),
  };
}

const ballotEvents = new Set<HistoryEntry['type']>(['vote_cast', 'vote_revised', 'vote_set_aside', 'comment_added']);

/**
 * The timeline, oldest first. Who voted or spoke in the panel's discussion is as blind as the votes
 * themselves: shown only to whoever may see the votes. Why another member stepped aside stays theirs
 * and the manager's, like their conflicts.
 */
function historyFor(actor: Actor, history: HistoryEntry[], seesBallots: boolean): HistoryEntry[] {
  const sorted = [...history].sort((a, b) => a.at.localeCompare(b.at));
  if (actor.role === 'programme_manager') return sorted;
  const mine = (h: HistoryEntry) => h.by.userId === actor.userId;
  const othersConflict = (h: HistoryEntry) => h.type === 'conflict_declared' && !mine(h);
  return sorted
    .filter((h) => seesBallots || mine(h) || !ballotEvents.has(h.type))
    .map((h) => (othersConflict(h) ? { ...h, reason: undefined } : h));
}

/** The store's count of ballot changes guards decisions; shown to no one, as it would tell how many voted. */
function withoutBallotCount(kase: Case): Case {
  const shown: Case & { ballots?: number } = { ...kase };
  delete shown.ballots;
  return shown;
}

export function caseSummary(kase: Case): CaseSummary {
  const r = kase.request;
  return {
    id: kase.id,
    state: kase.state,
    version: kase.version,
    organisationId: kase.organisationId,
    counsellor: kase.counsellor,
    clientRef: r.clientRef,
    category: r.category,
    amountCents: r.amountCents,
    urgent: r.urgency?.urgent === true,
    hardDate: r.urgency?.hardDate,
    deadline: kase.deliberation?.deadline,
    repeat: kase.repeat !== undefined,
    createdAt: kase.createdAt,
    updatedAt: kase.updatedAt,
    submittedAt: kase.submittedAt,
  };
}

/** The case file after a committed change, so the answer needs no second read. */
export function applyChange(file: CaseFile, change: CaseChange, written: HistoryEntry[]): CaseFile {
  const memberOf = (userId: string) => (v: { member: { userId: string } }) => v.member.userId !== userId;
  let votes = change.removedVoteOf ? file.votes.filter(memberOf(change.removedVoteOf)) : file.votes;
  if (change.vote) votes = [...votes.filter(memberOf(change.vote.record.member.userId)), change.vote.record];
  const question = change.question?.record;
  return {
    case: caseAsStored(change, file.case),
    votes,
    conflicts: change.conflict ? [...file.conflicts, change.conflict] : file.conflicts,
    questions: question ? [...file.questions.filter((q) => q.id !== question.id), question] : file.questions,
    comments: change.comment ? [...file.comments, change.comment] : file.comments,
    history: [...file.history, ...written],
  };
}
