/**
 * `npx tsx bench/case-file-read.ts`: what reading one large case costs, now that each item is parsed
 * with its record's schema. Seeds a case in deliberation with many votes, comments and history
 * entries on its own DynamoDB Local, then times getCaseFile end to end, and the parsing alone
 * against only taking the key attributes off (what the read did before it parsed).
 *
 * CASE_FILE_RECORDS=300 sets how many votes (comments: a third, history: twice as many).
 */
import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { castVote } from '../domain/deliberation/vote.commands.js';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local.js';
import { getCaseFile } from '../functions/case/case.repository.js';
import { createDocumentClient } from '../functions/storage/client.js';
import { ensureTable } from '../functions/storage/ensure-table.js';
import { readItem, type Item } from '../functions/storage/items.js';
import { caseRecordKind, keys, memberIndexKeys } from '../functions/storage/keys.js';
import type { Store } from '../functions/storage/store.js';
import { table } from '../functions/storage/table.js';
import { people } from '../test/domain/builders.js';
import { aVote } from '../test/support/fixtures.js';
import { ctxAt, inDeliberation, saveFund, write } from '../test/jobs/job-story.js';

const VOTES = Number(process.env.CASE_FILE_RECORDS ?? 300);
const RUNS = 50;
const T = '2026-11-20T09:00:00.000Z';

async function seed(store: Store): Promise<string> {
  await saveFund(store);
  let file = await inDeliberation(store, 'BENCH-1', T);
  file = await write(store, file, castVote(file, people.kees, aVote(), ctxAt(T)));
  const [vote] = file.votes;
  const [entry] = file.history;
  const caseId = file.case.id;
  const items: Item[] = [];
  for (let i = 0; i < VOTES; i++) {
    const record = { ...vote!, member: { ...vote!.member, userId: `member-${i}` } };
    items.push({ ...keys.vote(caseId, record.member.userId), ...memberIndexKeys(record, record.castAt), entity: 'vote', ...record });
  }
  for (let i = 0; i < VOTES * 2; i++) {
    const id = randomUUID();
    items.push({ ...keys.history(caseId, entry!.at, id), entity: 'history', ...entry!, id });
  }
  for (let i = 0; i < VOTES / 3; i++) {
    const comment = { id: randomUUID(), caseId, author: people.kees, at: T, text: `Opmerking ${i}: dit lijkt me een doorbraak.` };
    items.push({ ...keys.comment(caseId, comment.at, comment.id), entity: 'comment', ...comment });
  }
  for (let i = 0; i < items.length; i += 25) {
    await store.db.send(new BatchWriteCommand({ RequestItems: { [store.table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
  return caseId;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function time(run: () => unknown, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const started = performance.now();
    await run();
    if (i >= 5) times.push(performance.now() - started);
  }
  return median(times);
}

const keyAttributes = new Set([table.partitionKey, table.sortKey, ...Object.values(table.indexes).flatMap((i) => [i.partitionKey, i.sortKey]), 'entity']);
const stripKeys = (item: Item) => Object.fromEntries(Object.entries(item).filter(([k]) => !keyAttributes.has(k)));

function parseAll(items: Item[]): number {
  let parsed = 0;
  for (const item of items) {
    const kind = caseRecordKind(item[table.sortKey]);
    if (kind) {
      readItem[kind](item);
      parsed++;
    }
  }
  return parsed;
}

const dynamoDb = await startDynamoDbLocal();
try {
  const store: Store = { db: createDocumentClient(dynamoDb.endpoint), table: 'case-file-read' };
  await ensureTable(store);
  const caseId = await seed(store);
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await store.db.send(new QueryCommand({ TableName: store.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.casePartition(caseId) }, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const endToEnd = await time(() => getCaseFile(store, caseId));
  const parsing = await time(() => parseAll(items), 200);
  const stripping = await time(() => items.map(stripKeys), 200);
  console.log(`case file of ${items.length} items (${VOTES} votes): getCaseFile p50 ${endToEnd.toFixed(2)} ms over ${RUNS} reads`);
  console.log(`parsing all items ${parsing.toFixed(3)} ms, taking the keys off only ${stripping.toFixed(3)} ms (p50 of 200)`);
} finally {
  await dynamoDb.stop();
}
