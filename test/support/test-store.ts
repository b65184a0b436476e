import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createDocumentClient } from '../../functions/storage/client.js';
import { ensureTable } from '../../functions/storage/ensure-table.js';
import type { Store } from '../../functions/storage/store.js';

/**
 * A fresh table, made from the production definition, in the run's DynamoDB Local. The handlers
 * find it through the environment, as they do on Lambda.
 */
export async function testStore(): Promise<Store> {
  const endpoint = inject('dynamoDbEndpoint');
  const table = `test-${randomUUID()}`;
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.TABLE_NAME = table;
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const store = { db: createDocumentClient(endpoint), table };
  await ensureTable(store);
  return store;
}
