import type { Conflict, Comment, Question, Vote } from '../deliberation/vote.schema.js';
import type { Fund } from '../fund/fund.schema.js';
import type { Case } from './case.schema.js';
import type { CaseEvent, HistoryEntry } from './case-event.schema.js';

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
}
