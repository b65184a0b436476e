import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, tableName } from './client.js';

/** Where repositories read and write: a client and the table's name. */
export interface Store {
  db: DynamoDBDocumentClient;
  table: string;
}

let defaultStore: Store | undefined;

/** The process-wide store, made on first use from the environment (TABLE_NAME, DYNAMODB_ENDPOINT). */
export function store(): Store {
  defaultStore ??= { db: createDocumentClient(), table: tableName() };
  return defaultStore;
}
