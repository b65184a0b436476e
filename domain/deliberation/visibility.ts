import type { CaseFile } from '../case/case-file.js';
import type { FundSettings } from '../fund/fund.schema.js';
import type { Actor } from '../people/actor.schema.js';
import { recusalOf } from './recusal.js';
import { tally } from './tally.js';
import type { Tally } from './tally.schema.js';
import type { Comment, Vote } from './vote.schema.js';

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
  const eligible = recusalOf(actor, file.case, file.conflicts) === null;
  const hasVoted = own !== undefined && eligible && actor.role === 'panel_member';
  if (actor.role === 'programme_manager' || hasVoted) {
    return { hasVoted, votes: file.votes, comments: file.comments, tally: tally(file.case, file.votes, file.conflicts, settings) };
  }
  if (actor.role === 'panel_member') {
    return { hasVoted, votes: [], comments: file.comments.filter((c) => c.author.userId === actor.userId), tally: null };
  }
  return { hasVoted: false, votes: [], comments: [], tally: null };
}
