import { shownOf } from '../case/actions.js';
import type { Case, Decision, ShownCase, ShownDecision } from '../case/case.schema.js';
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
 * The timeline, oldest first, as the action table says each entry is shown: who voted, spoke in the
 * panel's discussion or stepped aside is as blind as the votes themselves (shown only to whoever sees
 * the votes), and so is when; why another member stepped aside stays theirs and the manager's.
 */
export function visibleHistory(actor: Actor, history: HistoryEntry[], seesBallots: boolean): HistoryEntry[] {
  const sorted = [...history].sort((a, b) => a.at.localeCompare(b.at));
  if (actor.role === 'programme_manager') return sorted;
  const mine = (h: HistoryEntry) => h.by.userId === actor.userId;
  return sorted
    .filter((h) => seesBallots || mine(h) || shownOf(h.type) === 'everyone')
    .map((h) => (shownOf(h.type) === 'blindReasonPrivate' && !mine(h) ? { ...h, reason: undefined } : h));
}

/**
 * The decision as this viewer may read it. Whoever sees the ballots (the programme manager, a member
 * whose own vote is in) keeps its tally. Anyone else (the counsellor, a member who has not voted, a
 * recused member) reads what the manager wrote: outcome, amount, conditions, reasoning, dissent, the
 * rule set aside and any override; but nothing of the tally. On a small panel every part of it names
 * someone: the disciplines that voted (one member in a discipline), the counts (3–0 tells each vote),
 * the leaning, whether quorum was reached (all the eligible members voted), and where the lenses
 * pulled apart (one voter's own assessment).
 */
export function visibleDecision(decision: Decision, seesBallots: boolean): ShownDecision {
  if (seesBallots) return decision;
  const shown: ShownDecision = { ...decision };
  delete shown.tally;
  return shown;
}

/** The store keeps a count of ballot changes on the case to guard decisions: shown to no one, as it would tell how many voted. */
export function withoutBallotCount(kase: Case): Case {
  const shown: Case & { ballots?: number } = { ...kase };
  delete shown.ballots;
  return shown;
}

export interface VisibleCase {
  case: ShownCase;
  deliberation: VisibleDeliberation & { conflicts: Conflict[] };
  history: HistoryEntry[];
}

/**
 * Everything of a case file this actor may see: the one place the blind rules are applied. Votes,
 * comments and conflicts change no field of the case (vote.commands.ts): its version and updatedAt
 * move only with steps everyone sees, so they tell no one how many voted or when; the ballot count
 * that would is taken out.
 */
export function visibleCase(actor: Actor, file: CaseFile, settings: FundSettings): VisibleCase {
  const deliberation = visibleDeliberation(actor, file, settings);
  const seesBallots = actor.role === 'programme_manager' || deliberation.hasVoted;
  const kase = withoutBallotCount(file.case);
  const { decision, ...rest } = kase;
  return {
    case: decision ? { ...rest, decision: visibleDecision(decision, seesBallots) } : rest,
    deliberation: { ...deliberation, conflicts: visibleConflicts(actor, file.conflicts) },
    history: visibleHistory(actor, file.history, seesBallots),
  };
}
