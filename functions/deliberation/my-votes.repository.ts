import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Case } from '../../domain/case/case.schema.js';
import type { Vote } from '../../domain/deliberation/vote.schema.js';
import { readItem } from '../storage/items.js';
import { caseRecordKind, keys } from '../storage/keys.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from '../storage/paging.js';
import { refusingBadCursor } from '../storage/store-errors.js';
import type { Store } from '../storage/store.js';
import { table } from '../storage/table.js';

/**
 * "My votes and how they turned out": a page of a member's votes from the byMember index, newest
 * first, each with its case (one batch read), so the screen needs no read per case.
 */
export async function listMyVotes(store: Store, memberId: string, page: PageRequest): Promise<Page<{ vote: Vote; kase: Case }>> {
  const { name, partitionKey } = table.indexes.byMember;
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      IndexName: name,
      KeyConditionExpression: '#pk = :pk',
      // The index also holds the member's declared conflicts: a page may hold fewer votes than its limit.
      FilterExpression: 'entity = :vote',
      ExpressionAttributeNames: { '#pk': partitionKey },
      ExpressionAttributeValues: { ':pk': keys.member(memberId), ':vote': 'vote' },
      ScanIndexForward: false,
      Limit: page.limit,
      ExclusiveStartKey: page.cursor ? decodeCursor(page.cursor) : undefined,
    }),
  ).catch(refusingBadCursor(page.cursor));
  const votes = (result.Items ?? []).map(readItem.vote);
  const cases = await getCases(store, [...new Set(votes.map((v) => v.caseId))]);
  return {
    items: votes.flatMap((vote) => (cases.has(vote.caseId) ? [{ vote, kase: cases.get(vote.caseId)! }] : [])),
    cursor: encodeCursor(result.LastEvaluatedKey),
  };
}

async function getCases(store: Store, ids: string[]): Promise<Map<string, Case>> {
  const found = new Map<string, Case>();
  for (let i = 0; i < ids.length; i += 100) {
    let request: Record<string, { Keys: Array<Record<string, string>> }> | undefined = {
      [store.table]: { Keys: ids.slice(i, i + 100).map((id) => keys.case(id)) },
    };
    while (request && Object.keys(request).length > 0) {
      const result = await store.db.send(new BatchGetCommand({ RequestItems: request }));
      for (const item of result.Responses?.[store.table] ?? []) {
        if (caseRecordKind(item[table.sortKey]) !== 'case') continue;
        const kase = readItem.case(item);
        found.set(kase.id, kase);
      }
      request = result.UnprocessedKeys as typeof request;
    }
  }
  return found;
}
