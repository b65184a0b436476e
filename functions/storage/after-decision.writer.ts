import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Case } from '../../domain/case/case.schema.js';
import type { CaseChange } from '../../domain/case/case-file.js';
import type { HistoryEntry } from '../../domain/case/case-event.schema.js';
import type { Notification, Recipient } from '../../domain/notifications/notification.schema.js';
import { notificationsFor, type Audience } from '../../domain/notifications/notify.js';
import { budgetUpdates } from './budget.writer.js';
import { keys, memberIndexKeys } from './keys.js';
import { reportListItems } from './report-list.writer.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Sortable by time and safe in a path: `20261123T120000000Z-<history id>-<n>`. */
export const notificationId = (at: string, historyId: string, n: number) => `${at.replace(/[-:.]/g, '')}-${historyId}-${n}`;

export const inboxOf = (fundId: string, recipient: Recipient): string =>
  recipient.kind === 'user' ? keys.userInbox(fundId, recipient.userId) : keys.roleInbox(fundId, recipient.role);

/** The notifications each event causes, as new items of the recipients' inboxes. */
export function notificationItems(table: string, kase: Case, history: HistoryEntry[], audience: Audience = {}): TransactItem[] {
  return history.flatMap((entry) =>
    notificationsFor(kase, entry, audience).map((draft, n) => {
      const notification: Notification = {
        id: notificationId(entry.at, entry.id, n),
        fundId: kase.fundId,
        caseId: kase.id,
        ...(kase.request.category ? { category: kase.request.category } : {}),
        ...(kase.request.urgency?.urgent ? { urgent: true } : {}),
        at: entry.at,
        ...draft,
      };
      return newItem(table, { ...keys.notification(inboxOf(kase.fundId, draft.recipient), notification.id), entity: 'notification', ...notification });
    }),
  );
}

/**
 * A reported lesson goes to the manager's review queue (replacing an earlier version of the same
 * report); a correction takes the approved copy out of the library until it is approved again.
 */
function lessonItems(table: string, change: CaseChange): TransactItem[] {
  if (!change.lesson) return [];
  const { record, unpublish } = change.lesson;
  const items: TransactItem[] = [overwrite(table, { ...keys.pendingLesson(record.fundId, record.id), entity: 'lesson', status: 'pending', ...record })];
  // Unconditional: the approved copy is out of the library afterwards whether or not it was still there.
  if (unpublish)
    items.push({ Delete: { TableName: table, Key: keys.libraryLesson(record.fundId, unpublish.category, unpublish.breakthrough, record.id) } });
  return items;
}

/** The case's other records with their narrative text replaced: plain overwrites, so writing them twice does no harm. */
export function purgedItems(table: string, purged: NonNullable<CaseChange['purged']>): TransactItem[] {
  return [
    ...purged.votes.map((v) => overwrite(table, { ...keys.vote(v.caseId, v.member.userId), ...memberIndexKeys(v, v.castAt), entity: 'vote', ...v })),
    ...purged.questions.map((q) => overwrite(table, { ...keys.question(q.caseId, q.id), entity: 'question', ...q })),
    ...purged.comments.map((c) => overwrite(table, { ...keys.comment(c.caseId, c.at, c.id), entity: 'comment', ...c })),
    ...purged.history.map((h) => overwrite(table, { ...keys.history(h.caseId, h.at, h.id), entity: 'history', ...h })),
  ];
}

/**
 * What happens after the decision, written in the same transaction as the change that causes it:
 * the notifications of its events, the fund year's budget sums, a lesson for review, the report's
 * entries in the manager's lists of reports, purged records.
 */
export function afterDecisionItems(table: string, change: CaseChange, history: HistoryEntry[], previous: Case | null): TransactItem[] {
  return [
    ...notificationItems(table, change.case, history, change.stillToVote ? { stillToVote: change.stillToVote } : {}),
    ...(change.caseChanged ? budgetUpdates(table, previous, change.case, change.budgetChecked) : []),
    ...lessonItems(table, change),
    ...(change.caseChanged ? reportListItems(table, previous, change.case) : []),
    ...(change.purged ? [...purgedItems(table, change.purged), ...unreviewedLessonsRemoved(table, change.case)] : []),
  ];
}

/** A lesson never reviewed holds the report's text: it goes with the purge; approved lessons stay in the library. */
const unreviewedLessonsRemoved = (table: string, kase: Case): TransactItem[] =>
  // Unconditional: a lesson reviewed meanwhile is already gone from the queue, and gone is what the purge wants.
  (kase.followUp?.moments ?? []).flatMap((m) =>
    m.lessonId ? [{ Delete: { TableName: table, Key: keys.pendingLesson(kase.fundId, m.lessonId) } }] : [],
  );

/** A new item: its id is new, so an item already there means this change is being written twice. */
const newItem = (table: string, item: Record<string, unknown>): TransactItem => ({
  Put: { TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(PK)' },
});

/**
 * Unconditional on purpose: the item is replaced by a newer version of itself (a corrected report's
 * lesson, a purged record), so writing it twice does no harm; the case's guard in the same
 * transaction decides whether the change happens at all.
 */
const overwrite = (table: string, item: Record<string, unknown>): TransactItem => ({ Put: { TableName: table, Item: item } });
