import { randomUUID } from 'node:crypto';
import { startDynamoDbLocal, type RunningDynamoDb } from '../../functions/local/dynamodb-local.js';
import { createDocumentClient } from '../../functions/storage/client.js';
import { ensureTable } from '../../functions/storage/ensure-table.js';
import type { Store } from '../../functions/storage/store.js';

/**
 * This test file's own in-memory DynamoDB Local, started on first use and stopped when the file
 * ends (test/support/file-dynamodb.ts). One per file, not one per run: DynamoDB Local makes every
 * write slower by each table with a stream it has ever held, deleted or not (200 writes: 0.2 s
 * without streams; with them 0.7 s after 20 tables and 5.5 s after 100, measured 2026-12-02), and
 * our tables carry the production stream. A shared one made late files 8 times slower and let
 * racing writes wait past its 10 s write lock.
 */
let fileDynamoDb: Promise<RunningDynamoDb> | undefined;

export async function stopFileDynamoDb(): Promise<void> {
  const running = fileDynamoDb;
  fileDynamoDb = undefined;
  if (running) await (await running).stop();
}

/**
 * A fresh table, made from the production definition, in the file's DynamoDB Local. The handlers
 * find it through the environment, as they do on Lambda.
 */
export async function testStore(): Promise<Store> {
  const { endpoint } = await (fileDynamoDb ??= startDynamoDbLocal());
  const table = `test-${randomUUID()}`;
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.TABLE_NAME = table;
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const store = { db: createDocumentClient(endpoint), table };
  await ensureTable(store);
  return store;
}
