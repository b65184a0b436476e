import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { readItem } from '../storage/items.js';
import { keys } from '../storage/keys.js';
import type { Store } from '../storage/store.js';

export interface BudgetSums {
  year: string;
  grantedCents: number;
  paidCents: number;
}

/** Granted and paid so far in one fund year: the budget line before a decision, and the decision's own check. */
export async function getBudgetSums(store: Store, fundId: string, year: string): Promise<BudgetSums> {
  const result = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.budget(fundId, year) }));
  const { grantedCents, paidCents } = readItem.budget(result.Item ?? {});
  return { year, grantedCents, paidCents };
}
