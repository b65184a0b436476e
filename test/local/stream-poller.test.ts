import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../domain/notifications/notification.schema.js';
import type { User } from '../../domain/people/user.schema.js';
import { freePort, startDynamoDbLocal } from '../../functions/local/dynamodb-local.js';
import { pollStream } from '../../functions/local/stream-poller.js';
import { createDocumentClient } from '../../functions/storage/client.js';
import { ensureTable } from '../../functions/storage/ensure-table.js';
import type { Mailer } from '../../functions/notifications/mailer.js';
import { notificationId } from '../../functions/storage/after-decision.writer.js';
import { keys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { testStore } from '../support/test-store.js';

/**
 * The local mailer reads the table's stream as Lambda's event source does: a batch whose mailing
 * fails (SES down, a refused address) is not lost but mailed on a later poll, and what was mailed
 * is not mailed again afterwards. SES is a stand-in here that refuses on demand; the real local
 * inbox is tested in local-mail.test.ts.
 */
const FUND = 'fund-mail';
const sanne: User = { userId: 'sanne', name: 'Sanne', fundId: FUND, role: 'counsellor', organisationId: 'org-west', email: 'sanne@example.org', disabled: false };

let store: Store;
let stop: () => Promise<void>;
const attempts: string[] = [];
const delivered: string[] = [];
let refuseNext = 0;

const mailer: Mailer = {
  ses: {
    send: (async (command: SendEmailCommand) => {
      const subject = command.input.Content?.Simple?.Subject?.Data ?? '';
      attempts.push(subject);
      if (refuseNext > 0) {
        refuseNext -= 1;
        throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' });
      }
      delivered.push(subject);
      return {};
    }) as Mailer['ses']['send'],
  },
  directory: () => ({ findUser: async (_fund, userId) => (userId === sanne.userId ? sanne : undefined), listUsers: async () => [sanne] }),
  settings: async () => new Map(),
  from: () => 'fonds@example.org',
  appUrl: () => 'http://localhost:3000',
};

async function notify(caseId: string, at: string, into: Store = store): Promise<void> {
  const note: Notification = { id: notificationId(at, `h-${caseId}`, 0), fundId: FUND, type: 'question_for_you', caseId, at, recipient: { kind: 'user', userId: 'sanne' } };
  await into.db.send(new PutCommand({ TableName: into.table, Item: { ...keys.notification(keys.userInbox(FUND, 'sanne'), note.id), entity: 'notification', ...note } }));
}

async function until(what: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  store = await testStore();
  stop = await pollStream({ endpoint: process.env.DYNAMODB_ENDPOINT!, table: store.table, mailer, pollMs: 100 });
}, 60_000);
afterAll(async () => {
  await stop?.();
});

describe('the local stream mailer', () => {
  it('mails a notification once SES takes it again, after refusing it twice, and never twice', async () => {
    refuseNext = 2;
    await notify('case-a', '2026-03-01T10:00:00.000Z');
    await until(() => delivered.length === 1);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts).size).toBe(1);

    await notify('case-b', '2026-03-01T10:05:00.000Z');
    await until(() => delivered.length === 2);
    // Give a repeat a few polls to show itself.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(delivered).toHaveLength(2);
    expect(delivered[0]).not.toBe(delivered[1]);
    expect(attempts).toHaveLength(4);
  }, 60_000);
});

describe('the local stream mailer when DynamoDB Local restarts', () => {
  it('goes on mailing what comes after the restart, without mailing again what it mailed before', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'doorbraak-stream-'));
    const port = await freePort();
    let dynamoDb = await startDynamoDbLocal({ dataDir, port });
    const own: Store = { db: createDocumentClient(dynamoDb.endpoint), table: 'stream-restart' };
    let stopOwn: (() => Promise<void>) | undefined;
    try {
      await ensureTable(own);
      stopOwn = await pollStream({ endpoint: dynamoDb.endpoint, table: own.table, mailer, pollMs: 100 });
      const before = delivered.length;
      await notify('case-before', '2026-03-02T10:00:00.000Z', own);
      await until(() => delivered.length === before + 1);

      await dynamoDb.stop();
      dynamoDb = await startDynamoDbLocal({ dataDir, port });
      await notify('case-after', '2026-03-02T11:00:00.000Z', own);
      await until(() => delivered.length === before + 2, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(delivered.slice(before)).toHaveLength(2);
      expect(delivered[before]).not.toBe(delivered[before + 1]);
    } finally {
      await stopOwn?.();
      own.db.destroy();
      await dynamoDb.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
