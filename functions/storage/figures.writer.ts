import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Case } from '../../domain/case/case.schema.js';
import { figuresDelta } from '../../domain/learning/figures.js';
import { keys } from './keys.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * One ADD update per month whose figures the change moves, for the same transaction as the change:
 * the learning picture then reads a handful of month items instead of every case. `next` is null when the case is deleted.
 */
export function figureUpdates(table: string, previous: Case | null, next: Case | null): TransactItem[] {
  const fundId = (next ?? previous)?.fundId;
  return Object.entries(figuresDelta(previous, next)).map(([month, counters]) => {
    const entries = Object.entries(counters);
    return {
      // Unconditional: an ADD holds whatever order the changes land in, and the case's guard in the same transaction decides whether it lands.
      Update: {
        TableName: table,
        Key: keys.figures(fundId!, month),
        UpdateExpression: `SET entity = :entity, fundId = :fund, #month = :month ADD ${entries.map((_, i) => `#c${i} :v${i}`).join(', ')}`,
        ExpressionAttributeNames: { '#month': 'month', ...Object.fromEntries(entries.map(([name], i) => [`#c${i}`, name])) },
        ExpressionAttributeValues: {
          ':entity': 'figures',
          ':fund': fundId,
          ':month': month,
          ...Object.fromEntries(entries.map(([, value], i) => [`:v${i}`, value])),
        },
      },
    };
  });
}
