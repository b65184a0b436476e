import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Case } from '../../domain/case/case.schema.js';
import type { CaseChange } from '../../domain/case/case-file.js';
import { budgetDelta } from '../../domain/payment/budget.js';
import { keys } from './keys.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * One ADD per fund year whose granted or paid sum the change moves, in the same transaction as the
 * change: the budget shown before a decision never drifts from the decisions and payments.
 */
export function budgetUpdates(table: string, previous: Case | null, next: Case, checked?: CaseChange['budgetChecked']): TransactItem[] {
  return Object.entries(budgetDelta(previous, next)).map(([year, delta]) => {
    const guarded = checked?.year === year;
    return {
      Update: {
        TableName: table,
        Key: keys.budget(next.fundId, year),
        UpdateExpression: 'SET entity = :entity, fundId = :fund, #year = :year ADD grantedCents :granted, paidCents :paid',
        // Two grants decided at once must not together pass the budget: checked again where it is kept.
        // Otherwise unconditional: an ADD holds whatever order the changes land in, and the case's guard decides whether it lands.
        ...(guarded ? { ConditionExpression: 'attribute_not_exists(grantedCents) OR grantedCents <= :roomFor' } : {}),
        ExpressionAttributeNames: { '#year': 'year' },
        ExpressionAttributeValues: {
          ':entity': 'budget',
          ':fund': next.fundId,
          ':year': year,
          ':granted': delta.grantedCents,
          ':paid': delta.paidCents,
          ...(guarded ? { ':roomFor': checked.grantedAtMost } : {}),
        },
      },
    };
  });
}
