import { randomUUID } from 'node:crypto';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCases } from '../../functions/case/case.repository.js';
import { startDynamoDbLocal, type RunningDynamoDb } from '../../functions/local/dynamodb-local.js';
import { createDocumentClient } from '../../functions/storage/client.js';
import { ensureTable } from '../../functions/storage/ensure-table.js';
import { caseIndexKeys, keys } from '../../functions/storage/keys.js';
import { createTableInput } from '../../functions/storage/table.js';
import { main as reindex } from '../../scripts/reindex-cases.js';
import { fileIn, fund } from '../domain/builders.js';

/**
 * A table an earlier version made (without the archive's index) keeps working after an update: `npm start` on old demo data.
 * It runs on a DynamoDB Local of its own: while an index is being built, DynamoDB Local refuses writes to
 * every table of the instance (InternalFailure, seen by other test files in CI as 503s).
 */
describe('a table made before an index was added', () => {
  let dynamoDb: RunningDynamoDb;
  beforeAll(async () => {
    dynamoDb = await startDynamoDbLocal();
  });
  afterAll(() => dynamoDb.stop());

  it('gets the index, and its cases are found through it', async () => {
    const store = { db: createDocumentClient(dynamoDb.endpoint), table: `old-${randomUUID()}` };
    const current = createTableInput(store.table);
    const older = { ...current, GlobalSecondaryIndexes: current.GlobalSecondaryIndexes!.filter((i) => i.IndexName !== 'byFund') };
    older.AttributeDefinitions = current.AttributeDefinitions!.filter((a) => !a.AttributeName!.startsWith('GSI6'));
    await store.db.send(new CreateTableCommand(older));

    const kase = fileIn('submitted').case;
    const olderKeys = Object.fromEntries(Object.entries(caseIndexKeys(kase)).filter(([name]) => !name.startsWith('GSI6')));
    await store.db.send(new PutCommand({ TableName: store.table, Item: { ...keys.fund(fund.id), entity: 'fund', ...fund } }));
    await store.db.send(new PutCommand({ TableName: store.table, Item: { ...keys.case(kase.id), ...olderKeys, entity: 'case', ...kase } }));

    expect(await ensureTable(store)).toBe('indexes-added');
    const found = await searchCases(store, { fundId: kase.fundId, drafts: false }, {}, { limit: 10 });
    expect(found.items.map((c) => c.id)).toEqual([kase.id]);
    expect(await ensureTable(store)).toBe('existed');
  }, 150_000); // building an index on a busy two-core machine took over 30 s in CI

  it('writes the keys again on a deployed table with `npm run reindex`, which names what it needs when called without a table', async () => {
    const store = { db: createDocumentClient(dynamoDb.endpoint), table: `deployed-${randomUUID()}` };
    await store.db.send(new CreateTableCommand(createTableInput(store.table)));
    const kase = fileIn('submitted').case;
    const withoutArchiveKeys = Object.fromEntries(Object.entries(caseIndexKeys(kase)).filter(([name]) => !name.startsWith('GSI6')));
    await store.db.send(new PutCommand({ TableName: store.table, Item: { ...keys.fund(fund.id), entity: 'fund', ...fund } }));
    await store.db.send(new PutCommand({ TableName: store.table, Item: { ...keys.case(kase.id), ...withoutArchiveKeys, entity: 'case', ...kase } }));
    const search = () => searchCases(store, { fundId: kase.fundId, drafts: false }, {}, { limit: 10 });
    expect((await search()).items).toEqual([]);

    const before = process.env.DYNAMODB_ENDPOINT;
    process.env.DYNAMODB_ENDPOINT = dynamoDb.endpoint;
    try {
      expect(await reindex([])).toBe(2);
      expect(await reindex([store.table])).toBe(0);
    } finally {
      if (before === undefined) delete process.env.DYNAMODB_ENDPOINT;
      else process.env.DYNAMODB_ENDPOINT = before;
    }
    expect((await search()).items.map((c) => c.id)).toEqual([kase.id]);
  });
});
