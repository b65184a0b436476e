import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { caseStates } from '../../domain/case/lifecycle.js';
import { readItem } from './items.js';
import { caseIndexKeys, keys } from './keys.js';
import { reportListItems } from './report-list.writer.js';
import type { Store } from './store.js';
import { createTableInput, table } from './table.js';

/**
 * Creates the table from the shared definition when it does not exist yet (local runtime and tests).
 * A table made by an earlier version gets the indexes added since, and its cases their keys in them.
 */
export async function ensureTable(store: Store): Promise<'created' | 'existed' | 'indexes-added'> {
  const existing = await describe(store);
  if (existing) return (await addMissingIndexes(store, existing)) ? 'indexes-added' : 'existed';
  await store.db.send(new CreateTableCommand(createTableInput(store.table)));
  await store.db.send(
    new UpdateTimeToLiveCommand({ TableName: store.table, TimeToLiveSpecification: { AttributeName: table.timeToLive, Enabled: true } }),
  );
  return 'created';
}

async function describe(store: Store): Promise<TableDescription | undefined> {
  try {
    return (await store.db.send(new DescribeTableCommand({ TableName: store.table }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

/** DynamoDB adds one index per UpdateTable; each case is then written its keys again, so the new index holds it. */
async function addMissingIndexes(store: Store, existing: TableDescription): Promise<boolean> {
  const have = new Set((existing.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  const wanted = createTableInput(store.table);
  const missing = (wanted.GlobalSecondaryIndexes ?? []).filter((i) => !have.has(i.IndexName));
  for (const index of missing) {
    const keyNames = new Set(index.KeySchema!.map((k) => k.AttributeName));
    await store.db.send(
      new UpdateTableCommand({
        TableName: store.table,
        AttributeDefinitions: wanted.AttributeDefinitions!.filter((a) => keyNames.has(a.AttributeName)),
        GlobalSecondaryIndexUpdates: [{ Create: index }],
      }),
    );
    await untilActive(store, index.IndexName!);
  }
  if (missing.length > 0) await reindexCases(store);
  return missing.length > 0;
}

/**
 * Until DynamoDB has built the new index: writes to the table while it is still creating fail
 * (DynamoDB Local answers InternalFailure), and the re-indexing below writes every case.
 */
async function untilActive(store: Store, indexName: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const index = (await describe(store))?.GlobalSecondaryIndexes?.find((i) => i.IndexName === indexName);
    if (index?.IndexStatus === 'ACTIVE' && !index.Backfilling) return;
    if (Date.now() > until) throw new Error(`The index ${indexName} of ${store.table} was not active after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Every item of one partition (of the table, or of an index), page after page. */
async function* itemsOf(store: Store, partition: string, index?: keyof typeof table.indexes) {
  const { name, partitionKey } = index ? table.indexes[index] : { name: undefined, partitionKey: table.partitionKey };
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.table, IndexName: name, KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': partitionKey }, ExpressionAttributeValues: { ':pk': partition }, ExclusiveStartKey: startKey,
      }),
    );
    yield* page.Items ?? [];
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

/**
 * Writes every case's index keys as the current code computes them, and its follow-up reports'
 * entries in the manager's lists of reports: a one-off, when an index or a list is added. Every
 * case is in its fund's queue of its state, so the funds' queues reach them all.
 */
export async function reindexCases(store: Store, progress?: (done: number) => void): Promise<number> {
  let count = 0;
  for await (const fund of itemsOf(store, keys.fundsPartition)) {
    for (const state of caseStates) {
      for await (const item of itemsOf(store, keys.queue(String(fund.id), state), 'byState')) {
        const kase = readableCase(item);
        if (!kase) continue; // an unreadable item stays as it is: every read of it reports it already
        const indexKeys = Object.entries(caseIndexKeys(kase));
        await store.db.send(
          new UpdateCommand({
            TableName: store.table,
            Key: { [table.partitionKey]: item[table.partitionKey], [table.sortKey]: item[table.sortKey] },
            UpdateExpression: `SET ${indexKeys.map((_, i) => `#k${i} = :v${i}`).join(', ')}`,
            ExpressionAttributeNames: Object.fromEntries(indexKeys.map(([name], i) => [`#k${i}`, name])),
            ExpressionAttributeValues: Object.fromEntries(indexKeys.map(([, value], i) => [`:v${i}`, value])),
          }),
        );
        // As if each report were new: the entries are overwritten in place, so running this twice does no harm.
        const entries = reportListItems(store.table, null, kase);
        if (entries.length > 0) await store.db.send(new TransactWriteCommand({ TransactItems: entries }));
        count++;
        if (count % 100 === 0) progress?.(count);
      }
    }
  }
  return count;
}

function readableCase(item: Record<string, unknown>) {
  try {
    return readItem.case(item);
  } catch {
    return undefined;
  }
}
