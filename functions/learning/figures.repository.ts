import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Figures } from '../../domain/learning/figures.js';
import type { Period } from '../../domain/learning/learning-picture.schema.js';
import { readItem } from '../storage/items.js';
import { keys } from '../storage/keys.js';
import type { Store } from '../storage/store.js';

/** The learning picture: a fund's month figures in a period, one Query of at most a few dozen items. */
export async function getFigures(store: Store, fundId: string, period: Period): Promise<Figures> {
  const figures: Figures = {};
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': keys.figuresPartition(fundId),
          ':from': keys.figures(fundId, period.from).SK,
          ':to': keys.figures(fundId, period.to).SK,
        },
        ExclusiveStartKey: cursor,
      }),
    );
    for (const item of page.Items ?? []) {
      const { month, ...fields } = readItem.figures(item);
      // The fund id beside the counters is no counter; a counter back at zero is left out.
      figures[month] = Object.fromEntries(Object.entries(fields).filter((f): f is [string, number] => typeof f[1] === 'number' && f[1] !== 0));
    }
    cursor = page.LastEvaluatedKey;
  } while (cursor);
  return figures;
}
