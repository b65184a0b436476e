import { shownOf } from '../case/actions.js';
import type { Case } from '../case/case.schema.js';
import type { CaseFile } from '../case/case-file.js';
import type { HistoryEntry } from '../case/case-event.schema.js';
import type { FundSettings } from '../fund/fund.schema.js';
import type { Actor } from '../people/actor.schema.js';
import { mayDeliberate } from './recusal.js';
import { tally } from './tally.js';
import type { Tally } from './tally.schema.js';
import type { Comment, Conflict, Vote } from './vote.schema.js';

export interface VisibleDeliberation {
  /** Whether this actor has cast a vote that counts. */
  hasVoted: boolean;
  votes: Vote[];
  comments: Comment[];
  tally: Tally | null;
}

/**
 * Blind voting: a panel member sees the others' votes, the discussion and the tally only after
 * casting their own, so that no one anchors on the first. The programme manager sees everything;
 * the counsellor sees the decision, not the deliberation.
 */
export function visibleDeliberation(actor: Actor, file: CaseFile, settings: FundSettings): VisibleDeliberation {
  const own = file.votes.find((v) => v.member.userId === actor.userId);
  const hasVoted = own !== undefined && mayDeliberate(actor, file.case, file.conflicts) && actor.role === 'panel_member';
  if (actor.role === 'programme_manager' || hasVoted) {
    return { hasVoted, votes: file.votes, comments: file.comments, tally: tally(file.case, file.votes, file.conflicts, settings) };
  }
  if (actor.role === 'panel_member') {
    return { hasVoted, votes: [], comments: file.comments.filter((c) => c.author.userId === actor.userId), tally: null };
  }
  return { hasVoted: false, votes: [], comments: [], tally: null };
}

/** A member's conflict and its reason are theirs and the manager's. */
export const visibleConflicts = (actor: Actor, conflicts: Conflict[]): Conflict[] =>
  actor.role === 'programme_manager' ? conflicts : conflicts.filter((c) => c.member.userId === actor.userId);

/**
 * The timeline, oldest first, as the action table says each entry is shown: who voted or spoke in
 * the panel's discussion is as blind as the votes themselves (shown only to whoever sees the votes);
 * why another member stepped aside stays theirs and the manager's.
 */
export function visibleHistory(actor: Actor, history: HistoryEntry[], seesBallots: boolean): HistoryEntry[] {
  const sorted = [...history].sort((a, b) => a.at.localeCompare(b.at));
  if (actor.role === 'programme_manager') return sorted;
  const mine = (h: HistoryEntry) => h.by.userId === actor.userId;
  return sorted
    .filter((h) => seesBallots || mine(h) || shownOf(h.type) !== 'blind')
    .map((h) => (shownOf(h.type) === 'reasonPrivate' && !mine(h) ? { ...h, reason: undefined } : h));
}

/** The store keeps a count of ballot changes on the case to guard decisions: shown to no one, as it would tell how many voted. */
export function withoutBallotCount(kase: Case): Case {
  const shown: Case & { ballots?: number } = { ...kase };
  delete shown.ballots;
  return shown;
}

export interface VisibleCase {
  case: Case;
  deliberation: VisibleDeliberation & { conflicts: Conflict[] };
  history: HistoryEntry[];
}

/** Everything of a case file this actor may see: the one place the blind rules are applied. */
export function visibleCase(actor: Actor, file: CaseFile, settings: FundSettings): VisibleCase {
  const deliberation = visibleDeliberation(actor, file, settings);
  return {
    case: withoutBallotCount(file.case),
    deliberation: { ...deliberation, conflicts: visibleConflicts(actor, file.conflicts) },
    history: visibleHistory(actor, file.history, deliberation.votes.length > 0 || deliberation.hasVoted),
  };
}
