import type { Conflict, Comment, Question, Vote } from '../deliberation/vote.schema.js';
import type { Fund } from '../fund/fund.schema.js';
import type { Case } from './case.schema.js';
import type { CaseEvent, HistoryEntry } from './case-event.schema.js';
import type { PendingLesson } from '../lessons/lesson.schema.js';

/** A case with everything recorded on it: what one read of its partition returns. */
export interface CaseFile {
  case: Case;
  votes: Vote[];
  conflicts: Conflict[];
  questions: Question[];
  comments: Comment[];
  history: HistoryEntry[];
}

/** What a command needs besides its input: the moment, a source of ids and the fund's settings. */
export interface CommandContext {
  now: string;
  newId: () => string;
  fund: Fund;
  /** What the fund has granted so far in the year of `now`: the caller reads it before a decision; a grant without it is refused (budget.ts). */
  budget?: { year: string; grantedCents: number };
}

/**
 * What a command changed. The adapter writes it as one transaction: the case guarded by the
 * version it was read at, each record with its own condition, and one history entry per event.
 */
export interface CaseChange {
  case: Case;
  caseChanged: boolean;
  events: CaseEvent[];
  vote?: { record: Vote; previousRevision?: number };
  conflict?: Conflict;
  question?: { record: Question; isNew: boolean };
  comment?: Comment;
  /** A vote set aside because its member declared a conflict after voting. */
  removedVoteOf?: string;
  /** That vote's revision as the command read it: the set-aside fails if the vote was revised meanwhile. */
  removedVoteRevision?: number;
  /** A follow-up report's lesson, to the manager's review queue; a correction takes an approved copy back out of the library. */
  lesson?: { record: PendingLesson; unpublish?: Pick<PendingLesson, 'category' | 'breakthrough'> };
  /** Records whose narrative text the retention purge replaced by a marker. */
  purged?: { votes: Vote[]; questions: Question[]; comments: Comment[]; history: HistoryEntry[] };
  /** A voting reminder's recipients: the panel members who may vote on the case and have neither voted nor declared a conflict. */
  stillToVote?: string[];
  /** A grant checked against the budget: the write fails if the year's granted sum has meanwhile passed what leaves room for it. */
  budgetChecked?: { year: string; grantedAtMost: number };
}
