import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { LessonReviewed } from '../../domain/lessons/lesson.commands.js';
import type { LibraryLesson, PendingLesson } from '../../domain/lessons/lesson.schema.js';
import { readItem, type Item } from '../storage/items.js';
import { keys } from '../storage/keys.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from '../storage/paging.js';
import type { Store } from '../storage/store.js';
import { guardedWrite, refusingBadCursor, WriteConflict } from '../storage/store-errors.js';

/** A page of the lessons whose sort key starts with the prefix, in key order; a filter may leave a page shorter than its limit. */
async function lessonsWithPrefix<T>(
  store: Store, fundId: string, prefix: string, read: (item: Item) => T, page: PageRequest, filter: Record<string, string> = {},
): Promise<Page<T>> {
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
      Limit: page.limit,
      ExclusiveStartKey: page.cursor ? decodeCursor(page.cursor) : undefined,
    }),
  ).catch(refusingBadCursor(page.cursor));
  // The review status stored beside the lesson is left out by its schema: the key already says it.
  return { items: (result.Items ?? []).map(read), cursor: encodeCursor(result.LastEvaluatedKey) };
}

/** A page of the manager's review queue: lessons reported and not yet approved or declined. */
export const listPendingLessons = (store: Store, fundId: string, page: PageRequest): Promise<Page<PendingLesson>> =>
  lessonsWithPrefix(store, fundId, keys.pendingLessonsPrefix, readItem.pendingLesson, page);

/**
 * A page of the lessons library, searched by category and outcome (the sort key starts with both),
 * and by granted or refused; in the key's order: by category, then outcome.
 */
export function listLibrary(
  store: Store,
  fundId: string,
  search: { category?: string | undefined; outcome?: string | undefined; side?: string | undefined },
  page: PageRequest,
): Promise<Page<LibraryLesson>> {
  const prefix = keys.libraryPrefix(search.category, search.outcome);
  // What the sort key cannot narrow is filtered: the outcome without a category, and granted or refused.
  const filter = {
    ...(!search.category && search.outcome ? { breakthrough: search.outcome } : {}),
    ...(search.side ? { side: search.side } : {}),
  };
  return lessonsWithPrefix(store, fundId, prefix, readItem.libraryLesson, page, filter);
}

export async function getPendingLesson(store: Store, fundId: string, lessonId: string): Promise<PendingLesson | undefined> {
  const result = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.pendingLesson(fundId, lessonId) }));
  return result.Item ? readItem.pendingLesson(result.Item) : undefined;
}

/**
 * Takes the lesson out of the review queue and, when approved, into the library, in one transaction.
 * Guarded by the version reviewed: a correction by its author meanwhile makes this a conflict.
 */
export async function commitLessonReview(store: Store, reviewed: LessonReviewed): Promise<void> {
  const { pending, approved } = reviewed;
  await guardedWrite(
    () => store.db.send(
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
          // Unconditional: the guarded delete above lets only one review through; its approved copy replaces an earlier one.
          ...(approved
            ? [{ Put: { TableName: store.table, Item: { ...keys.libraryLesson(approved.fundId, approved.category, approved.breakthrough, approved.id), entity: 'lesson', status: 'approved', ...approved } } }]
            : []),
        ],
      }),
    ),
    () => new WriteConflict('The lesson was corrected or reviewed meanwhile: reload the review queue.'),
  );
}
