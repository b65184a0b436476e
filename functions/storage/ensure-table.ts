import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import type { Store } from './store.js';
import { createTableInput, table } from './table.js';

/** Creates the table from the shared definition when it does not exist yet (local runtime and tests). */
export async function ensureTable(store: Store): Promise<'created' | 'existed'> {
  try {
    await store.db.send(new DescribeTableCommand({ TableName: store.table }));
    return 'existed';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await store.db.send(new CreateTableCommand(createTableInput(store.table)));
  await store.db.send(
    new UpdateTimeToLiveCommand({ TableName: store.table, TimeToLiveSpecification: { AttributeName: table.timeToLive, Enabled: true } }),
  );
  return 'created';
}
