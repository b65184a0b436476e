import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startDynamoDbLocal, type RunningDynamoDb } from '../../functions/local/dynamodb-local.js';
import { createDocumentClient } from '../../functions/storage/client.js';
import { ensureTable } from '../../functions/storage/ensure-table.js';
import { keys } from '../../functions/storage/keys.js';
import { store as handlerStore, type Store } from '../../functions/storage/store.js';
import { aGrant, aRequest, aVote } from '../support/fixtures.js';
import { injectFaults } from './support/fault-injection.js';
import { allItems, startProofApi, type Answer, type Call, type ProofApi } from './support/proof-api.js';
import { seedPeople } from './support/seed-people.js';

/**
 * Faults, on a DynamoDB Local of this file's own (with its data on disk, so it can be stopped and
 * started again): the store going away mid-walk, throttling and transaction conflicts.
 */
let dataDir: string;
let port: number;
let dynamoDb: RunningDynamoDb;
let api: ProofApi;
let store: Store;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'doorbraak-faults-'));
  port = await freePort();
  dynamoDb = await startDynamoDbLocal({ dataDir, port });
  process.env.DYNAMODB_ENDPOINT = dynamoDb.endpoint;
  process.env.TABLE_NAME = 'proof-faults';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  store = { db: createDocumentClient(dynamoDb.endpoint), table: 'proof-faults' };
  await ensureTable(store);
  await seedPeople(store);
  api = await startProofApi({ store, seed: false });
}, 120_000);
afterAll(async () => {
  await api?.stop();
  store?.db.destroy();
  await dynamoDb?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const send = async (who: string, call: Call) => api.call(await api.tokenOf(who), call);
const ok = async (who: string, call: Call) => {
  const answer = await send(who, call);
  expect(answer.status, `${who} ${call.method} ${call.path}: ${answer.text}`).toBeLessThan(300);
  return answer;
};

function expectUnavailable(answer: Answer) {
  expect(answer.status, answer.text).toBe(503);
  expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(answer.body.error.code).toBe('unavailable');
}

const members = ['pieter', 'fatima', 'lotte', 'kees', 'anouk', 'ruben'];

async function caseInDeliberation(clientRef: string): Promise<string> {
  const id: string = (await ok('sanne', { method: 'POST', path: '/api/cases', body: aRequest({ clientRef }) })).body.case.id;
  await ok('sanne', { method: 'POST', path: `/api/cases/${id}/submit` });
  await ok('marieke', { method: 'POST', path: `/api/cases/${id}/screening`, body: { outcome: 'in' } });
  await ok('marieke', { method: 'POST', path: `/api/cases/${id}/deliberation` });
  return id;
}

describe('DynamoDB Local stopped in the middle of a walk', () => {
  it('answers 503 with a retry hint, leaves nothing half-written, and the walk completes after a restart', async () => {
    const id = await caseInDeliberation('STORING-1');
    const vote = (member: string) => send(member, { method: 'PUT', path: `/api/cases/${id}/votes/mine`, body: aVote('grant', `Stem van ${member}, goed onderbouwd.`) });

    // Six votes in flight while the store goes down.
    const inFlight = Promise.all(members.map(vote));
    await new Promise((r) => setTimeout(r, 15));
    await dynamoDb.stop();
    const answers = await inFlight;
    for (const a of answers) if (a.status !== 200) expectUnavailable(a);
    expectUnavailable(await send('marieke', { method: 'GET', path: `/api/cases/${id}` }));
    expectUnavailable(await send('marieke', { method: 'POST', path: `/api/cases/${id}/decision`, body: aGrant() }));

    dynamoDb = await startDynamoDbLocal({ dataDir, port });
    const items = (await allItems(store)).filter((i) => i.PK === keys.casePartition(id));
    const votes = items.filter((i) => i.entity === 'vote').map((i) => (i.member as { userId: string }).userId).sort();
    const votedEvents = items.filter((i) => i.entity === 'history' && i.type === 'vote_cast').map((i) => (i.by as { userId: string }).userId).sort();
    expect(votedEvents, 'each stored vote has its history event, and no event lacks its vote').toEqual(votes);
    for (const [n, a] of answers.entries()) if (a.status === 200) expect(votes).toContain(members[n]);

    // The client retries what failed; then the walk completes.
    for (const [n, a] of answers.entries()) if (a.status !== 200) expect((await vote(members[n]!)).status).toBe(200);
    const decided = await ok('marieke', { method: 'POST', path: `/api/cases/${id}/decision`, body: aGrant() });
    expect(decided.body.case.state).toBe('decided');
    const history = decided.body.history.map((h: { type: string }) => h.type);
    expect(history.filter((t: string) => t === 'decision_recorded')).toHaveLength(1);
  }, 120_000);
});

describe('throttling and transaction conflicts, injected through an SDK middleware', () => {
  it('retries a throttled read with backoff, and the caller never notices', async () => {
    const id = await caseInDeliberation('STORING-2');
    const faults = injectFaults(handlerStore().db, { operation: 'Query', fault: 'throttled', times: 2 });
    try {
      const answer = await send('marieke', { method: 'GET', path: `/api/cases/${id}` });
      expect(answer.status).toBe(200);
      expect(faults.injected()).toBe(2);
    } finally {
      faults.stop();
    }
  });

  it('answers 503 with a retry hint when the store keeps throttling a write, and changes nothing', async () => {
    const id = await caseInDeliberation('STORING-3');
    const before = await allItems(store);
    const faults = injectFaults(handlerStore().db, { operation: 'TransactWriteItems', fault: 'throttled', times: Infinity });
    try {
      expectUnavailable(await send('kees', { method: 'PUT', path: `/api/cases/${id}/votes/mine`, body: aVote() }));
    } finally {
      faults.stop();
    }
    expect(await allItems(store)).toEqual(before);
  });

  it('retries a transaction that lost to a concurrent one, and stores the change once', async () => {
    const id = await caseInDeliberation('STORING-4');
    const faults = injectFaults(handlerStore().db, { operation: 'TransactWriteItems', fault: 'transaction-conflict', times: 2 });
    try {
      expect((await send('kees', { method: 'POST', path: `/api/cases/${id}/comments`, body: { text: 'Is de huurachterstand al bevroren?' } })).status).toBe(201);
      expect(faults.injected()).toBe(2);
    } finally {
      faults.stop();
    }
    const comments = (await allItems(store)).filter((i) => i.PK === keys.casePartition(id) && i.entity === 'comment');
    expect(comments).toHaveLength(1);
  });

  it('answers a clear 409 when conflicts do not stop, and changes nothing', async () => {
    const id = await caseInDeliberation('STORING-5');
    const before = await allItems(store);
    const faults = injectFaults(handlerStore().db, { operation: 'TransactWriteItems', fault: 'transaction-conflict', times: Infinity });
    try {
      const answer = await send('kees', { method: 'POST', path: `/api/cases/${id}/comments`, body: { text: 'Nog een vraag over de regeling.' } });
      expect(answer.status).toBe(409);
      expect(answer.body.error.message).toMatch(/try again/);
    } finally {
      faults.stop();
    }
    expect(await allItems(store)).toEqual(before);
  });
});
