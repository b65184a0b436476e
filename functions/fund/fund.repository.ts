import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Fund } from '../../domain/fund/fund.schema.js';
import { readItem } from '../storage/items.js';
import { keys } from '../storage/keys.js';
import type { Store } from '../storage/store.js';

export async function getFund(store: Store, fundId: string): Promise<Fund | undefined> {
  const result = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.fund(fundId) }));
  return result.Item ? readItem.fund(result.Item) : undefined;
}

/** Every fund in this deployment: the local sign-in page and the scheduled job. */
export async function listFunds(store: Store): Promise<Fund[]> {
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.fundsPartition },
    }),
  );
  return (result.Items ?? []).map(readItem.fund);
}

/** Saves a fund's settings; guarded so that seeding never overwrites a fund that exists. */
export async function putFund(store: Store, fund: Fund, options: { createOnly: boolean }): Promise<void> {
  await store.db.send(
    new PutCommand({
      TableName: store.table,
      Item: { ...keys.fund(fund.id), entity: 'fund', ...fund },
      // Without createOnly it is the manager saving the settings: the last save wins, as on any settings screen.
      ...(options.createOnly ? { ConditionExpression: 'attribute_not_exists(PK)' } : {}),
    }),
  );
}

const FUND_CACHE_MS = 30_000;
const cache = new Map<string, { fund: Fund; until: number }>();

/**
 * A fund's settings change rarely and every command needs them, so a warm process keeps them for
 * 30 seconds instead of reading them on every request.
 */
export async function getFundCached(store: Store, fundId: string): Promise<Fund | undefined> {
  const hit = cache.get(fundId);
  if (hit && hit.until > Date.now()) return hit.fund;
  const fund = await getFund(store, fundId);
  if (fund) cache.set(fundId, { fund, until: Date.now() + FUND_CACHE_MS });
  return fund;
}

export const forgetCachedFund = (fundId: string) => cache.delete(fundId);
