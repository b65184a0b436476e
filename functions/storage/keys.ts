import { clientRefKey } from '../../domain/case/case-search.js';
import type { Case } from '../../domain/case/case.schema.js';
import type { Vote } from '../../domain/deliberation/vote.schema.js';
import { firstOpenDueAt } from '../../domain/follow-up/schedule.js';
import { nextDueAt } from '../../domain/reminders/reminders.js';

/** Every key of the table is built here, and nowhere else (lint refuses a literal key prefix elsewhere). */
const FOLLOW_UP_ORDER = 'DUE';
export const CASE_SK = 'CASE';

/** The sort-key prefix of each kind of record in a case's partition. */
const caseRecordPrefixes = {
  vote: 'VOTE#',
  conflict: 'CONFLICT#',
  question: 'QUESTION#',
  comment: 'COMMENT#',
  history: 'HISTORY#',
} as const;
const prefixedKinds = ['vote', 'conflict', 'question', 'comment', 'history'] as const satisfies ReadonlyArray<keyof typeof caseRecordPrefixes>;
export type CaseRecordKind = 'case' | (typeof prefixedKinds)[number];

/** Which record of a case's partition an item with this sort key is; undefined for anything else. */
export function caseRecordKind(sortKey: unknown): CaseRecordKind | undefined {
  if (sortKey === CASE_SK) return 'case';
  if (typeof sortKey !== 'string') return undefined;
  return prefixedKinds.find((kind) => sortKey.startsWith(caseRecordPrefixes[kind]));
}

const NOTE = 'NOTE#';
// Right after its notification's id, so a member's read markers sort among their own notifications by time.
const READ = '#READ';
// After every `NOTE#…` ('~' sorts after '#'): the first item of a member's inbox read newest first.
const READ_ALL = 'NOTE~READALL';
const PENDING = 'PENDING#';
const APPROVED = 'APPROVED#';
const REPORTS = 'REPORTS#';

export const keys = {
  case: (caseId: string) => ({ PK: `CASE#${caseId}`, SK: CASE_SK }),
  casePartition: (caseId: string) => `CASE#${caseId}`,
  vote: (caseId: string, memberId: string) => ({ PK: `CASE#${caseId}`, SK: `${caseRecordPrefixes.vote}${memberId}` }),
  conflict: (caseId: string, memberId: string) => ({ PK: `CASE#${caseId}`, SK: `${caseRecordPrefixes.conflict}${memberId}` }),
  question: (caseId: string, questionId: string) => ({ PK: `CASE#${caseId}`, SK: `${caseRecordPrefixes.question}${questionId}` }),
  comment: (caseId: string, at: string, id: string) => ({ PK: `CASE#${caseId}`, SK: `${caseRecordPrefixes.comment}${at}#${id}` }),
  history: (caseId: string, at: string, id: string) => ({ PK: `CASE#${caseId}`, SK: `${caseRecordPrefixes.history}${at}#${id}` }),
  fund: (fundId: string) => ({ PK: 'FUNDS', SK: `FUND#${fundId}` }),
  fundsPartition: 'FUNDS',
  user: (fundId: string, userId: string) => ({ PK: `USERS#${fundId}`, SK: `USER#${userId}` }),
  usersPartition: (fundId: string) => `USERS#${fundId}`,
  /** The ids of the fund's disabled users, in one item that every API call's identity check reads (cached). Its own partition, so listing the users never meets it. */
  disabledUsers: (fundId: string) => ({ PK: `DISABLED#${fundId}`, SK: 'USERS' }),
  figures: (fundId: string, month: string) => ({ PK: `FIGURES#${fundId}`, SK: `MONTH#${month}` }),
  figuresPartition: (fundId: string) => `FIGURES#${fundId}`,
  /** Granted and paid sums of one fund year. */
  budget: (fundId: string, year: string) => ({ PK: `BUDGET#${fundId}`, SK: `YEAR#${year}` }),
  budgetPartition: (fundId: string) => `BUDGET#${fundId}`,
  /** A user's own notifications and their read markers of role notifications, in one partition. */
  userInbox: (fundId: string, userId: string) => `INBOX#${fundId}#USER#${userId}`,
  /** Notifications addressed to everyone in a role: each member's inbox reads this partition too. */
  roleInbox: (fundId: string, role: string) => `INBOX#${fundId}#ROLE#${role}`,
  notification: (partition: string, notificationId: string) => ({ PK: partition, SK: `${NOTE}${notificationId}` }),
  /** The start of every notification's sort key in an inbox: the newest of them are the inbox. */
  notificationsPrefix: NOTE,
  /**
   * A member's marker that they read a notification of their role. It is in their own inbox and
   * sorts where the notification would, so one Query reads their notifications and markers of a time span.
   */
  readMarker: (fundId: string, userId: string, notificationId: string) => ({
    PK: `INBOX#${fundId}#USER#${userId}`,
    SK: `${NOTE}${notificationId}${READ}`,
  }),
  /** A member's "mark all read" moments: one item, sorting after every notification and marker of their inbox. */
  readAllMarker: (fundId: string, userId: string) => ({ PK: `INBOX#${fundId}#USER#${userId}`, SK: READ_ALL }),
  lessonsPartition: (fundId: string) => `LESSONS#${fundId}`,
  /** A lesson waiting for the programme manager's review. */
  pendingLesson: (fundId: string, lessonId: string) => ({ PK: `LESSONS#${fundId}`, SK: `${PENDING}${lessonId}` }),
  /** The start of every pending lesson's sort key: the review queue. */
  pendingLessonsPrefix: PENDING,
  /** The lesson id in a pending lesson's sort key. */
  pendingLessonId: (sortKey: string) => sortKey.slice(PENDING.length),
  /** An approved lesson, sorted so the library is searched by category, then outcome. */
  libraryLesson: (fundId: string, category: string, breakthrough: string, lessonId: string) => ({
    PK: `LESSONS#${fundId}`,
    SK: `${APPROVED}${category}#${breakthrough}#${lessonId}`,
  }),
  /** The sort-key range of the library narrowed as far as the key allows: by category, then by outcome within it. */
  libraryPrefix: (category?: string, breakthrough?: string) =>
    category ? `${APPROVED}${category}#${breakthrough ? `${breakthrough}#` : ''}` : APPROVED,
  /**
   * One of the fund's lists of follow-up reports: all of them, or those of one category, one
   * outcome, or both. A report is listed in each of its four, so every filter is one exact Query.
   */
  reportList: (fundId: string, filter: { category?: string | undefined; breakthrough?: string | undefined } = {}) =>
    `${REPORTS}${fundId}#C#${filter.category ?? '*'}#B#${filter.breakthrough ?? '*'}`,
  /** A report's entry in a list: newest first when read backwards, one per case and moment. */
  reportEntry: (partition: string, reportedAt: string, caseId: string, moment: number) => ({
    PK: partition,
    SK: `${reportedAt}#${caseId}#${String(moment).padStart(2, '0')}`,
  }),
  due: (fundId: string) => `DUE#${fundId}`,
  /** The first answer to a request sent with an Idempotency-Key, per user: a retry gets it back. */
  idempotency: (fundId: string, userId: string, key: string) => ({ PK: `IDEMPOTENCY#${fundId}#${userId}#${key}`, SK: 'ANSWER' }),

  queue: (fundId: string, state: string) => `FUND#${fundId}#STATE#${state}`,
  organisation: (fundId: string, organisationId: string) => `ORG#${fundId}#${organisationId}`,
  client: (fundId: string, organisationId: string, clientRef: string) =>
    `CLIENT#${fundId}#${organisationId}#${clientRefKey(clientRef)}`,
  member: (memberId: string) => `MEMBER#${memberId}`,
  /** The fund's submitted cases: the archive. */
  fundCases: (fundId: string) => `CASES#${fundId}`,
  /** A user's notification settings (e-mail at once or a daily digest, language, last digest), in their inbox's partition. */
  notificationSettings: (fundId: string, userId: string) => ({ PK: `INBOX#${fundId}#USER#${userId}`, SK: 'SETTINGS' }),
};

/** Urgent cases sort first, then by deadline (in deliberation) or by date. */
function queueOrder(kase: Case): string {
  // In follow-up, by the report due first (none left: last), so "due by now" is one key range.
  if (kase.state === 'follow_up') return `${FOLLOW_UP_ORDER}#${firstOpenDueAt(kase) ?? '~'}#${kase.id}`;
  const urgent = kase.request.urgency?.urgent ? '0' : '1';
  const when = kase.deliberation?.deadline ?? kase.submittedAt ?? kase.createdAt;
  return `${urgent}#${when}#${kase.id}`;
}

/** The sort key up to which the follow-up queue holds cases with a report due by `now`. */
export const followUpsDueUntil = (now: string): string => `${FOLLOW_UP_ORDER}#${now}#~`;

/** The case item's index keys, recomputed on every write so a moved case moves in its queues. */
export function caseIndexKeys(kase: Case) {
  const client = kase.request.clientRef;
  return {
    GSI1PK: keys.queue(kase.fundId, kase.state),
    GSI1SK: queueOrder(kase),
    GSI2PK: keys.organisation(kase.fundId, kase.organisationId),
    GSI2SK: `${kase.createdAt}#${kase.id}`,
    // A purged case no longer says who its client was, so it leaves the client's earlier requests.
    ...(client && !kase.retention?.purgedAt
      ? { GSI3PK: keys.client(kase.fundId, kase.organisationId, client), GSI3SK: `${kase.createdAt}#${kase.id}` }
      : {}),
    // A draft is the counsellor's own until it is submitted: only then is it in the fund's archive.
    ...(kase.submittedAt ? { GSI6PK: keys.fundCases(kase.fundId), GSI6SK: `${kase.submittedAt}#${kase.id}` } : {}),
    ...dueIndexKeys(kase),
  };
}

/** Sparse: only a case with something due later (a reminder, closing, a purge) is in the job's index. */
function dueIndexKeys(kase: Case) {
  const due = nextDueAt(kase);
  return due ? { GSI5PK: keys.due(kase.fundId), GSI5SK: `${due}#${kase.id}` } : {};
}

/** A member's votes and declared conflicts, newest first: "my votes" and what no longer awaits my vote. */
export function memberIndexKeys(record: Pick<Vote, 'caseId'> & { member: { userId: string } }, at: string) {
  return { GSI4PK: keys.member(record.member.userId), GSI4SK: `${at}#${record.caseId}` };
}
