import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { readItem } from '../storage/items.js';
import { keys } from '../storage/keys.js';
import type { Store } from '../storage/store.js';
import { table } from '../storage/table.js';

/**
 * The fund's cases with something due by `now`, earliest first: what the scheduled job works
 * through. The index is sparse, so this reads only cases that have work waiting.
 */
export async function listCasesDue(store: Store, fundId: string, now: string, cursor?: Record<string, unknown>) {
  const { name, partitionKey, sortKey } = table.indexes.byDue;
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      IndexName: name,
      KeyConditionExpression: '#pk = :pk AND #sk <= :until',
      ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
      // `~` sorts after every character of a case id, so every case due at `now` itself is included.
      ExpressionAttributeValues: { ':pk': keys.due(fundId), ':until': `${now}#~` },
      Limit: 100,
      ExclusiveStartKey: cursor,
    }),
  );
  return { cases: (result.Items ?? []).map(readItem.case), cursor: result.LastEvaluatedKey };
}
