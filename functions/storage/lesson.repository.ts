import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { LessonReviewed } from '../../domain/lessons/lesson.commands.js';
import type { LibraryLesson, PendingLesson } from '../../domain/lessons/lesson.schema.js';
import { recordOf } from './items.js';
import { keys } from './keys.js';
import type { Store } from './store.js';
import { WriteConflict } from './store-errors.js';

async function lessonsWithPrefix(store: Store, fundId: string, prefix: string, filter: Record<string, string> = {}) {
  const conditions = Object.keys(filter).map((name) => `#${name} = :${name}`);
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ...(conditions.length
        ? {
            FilterExpression: conditions.join(' AND '),
            ExpressionAttributeNames: Object.fromEntries(Object.keys(filter).map((name) => [`#${name}`, name])),
          }
        : {}),
      ExpressionAttributeValues: {
        ':pk': keys.lessonsPartition(fundId),
        ':prefix': prefix,
        ...Object.fromEntries(Object.entries(filter).map(([name, value]) => [`:${name}`, value])),
      },
    }),
  );
  return (result.Items ?? []).map(lessonOf);
}

/** The stored lesson without its review status, which the key already says. */
function lessonOf(item: Record<string, unknown>): Record<string, unknown> {
  const lesson = recordOf<Record<string, unknown>>(item);
  delete lesson.status;
  return lesson;
}

/** The manager's review queue: lessons reported and not yet approved or declined. */
export const listPendingLessons = async (store: Store, fundId: string) =>
  (await lessonsWithPrefix(store, fundId, 'PENDING#')) as PendingLesson[];

/** The lessons library, searched by category and outcome (the sort key starts with both), and by granted or refused. */
export async function listLibrary(
  store: Store,
  fundId: string,
  search: { category?: string | undefined; outcome?: string | undefined; side?: string | undefined },
) {
  const prefix = search.category ? `APPROVED#${search.category}#${search.outcome ? `${search.outcome}#` : ''}` : 'APPROVED#';
  // What the sort key cannot narrow is filtered: the outcome without a category, and granted or refused.
  const filter = {
    ...(!search.category && search.outcome ? { breakthrough: search.outcome } : {}),
    ...(search.side ? { side: search.side } : {}),
  };
  const lessons = (await lessonsWithPrefix(store, fundId, prefix, filter)) as LibraryLesson[];
  return lessons.sort((a, b) => b.approvedAt.localeCompare(a.approvedAt));
}

export async function getPendingLesson(store: Store, fundId: string, lessonId: string): Promise<PendingLesson | undefined> {
  const result = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.pendingLesson(fundId, lessonId) }));
  return result.Item ? (lessonOf(result.Item) as PendingLesson) : undefined;
}

/**
 * Takes the lesson out of the review queue and, when approved, into the library, in one transaction.
 * Guarded by the version reviewed: a correction by its author meanwhile makes this a conflict.
 */
export async function commitLessonReview(store: Store, reviewed: LessonReviewed): Promise<void> {
  const { pending, approved } = reviewed;
  try {
    await store.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Delete: {
              TableName: store.table,
              Key: keys.pendingLesson(pending.fundId, pending.id),
              ConditionExpression: 'submittedAt = :submitted',
              ExpressionAttributeValues: { ':submitted': pending.submittedAt },
            },
          },
          ...(approved
            ? [{ Put: { TableName: store.table, Item: { ...keys.libraryLesson(approved.fundId, approved.category, approved.breakthrough, approved.id), entity: 'lesson', status: 'approved', ...approved } } }]
            : []),
        ],
      }),
    );
  } catch (error) {
    if (error instanceof TransactionCanceledException)
      throw new WriteConflict('The lesson was corrected or reviewed meanwhile: reload the review queue.');
    throw error;
  }
}
