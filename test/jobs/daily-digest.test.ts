import type { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AttributeValue, DynamoDBStreamEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseNumber } from '../../domain/case/case-number.js';
import { runScheduledJob } from '../../functions/jobs/scheduled-job.js';
import type { Mailer } from '../../functions/notifications/mailer.js';
import { notificationSettingsOf, saveNotificationSettings } from '../../functions/notifications/notification-settings.repository.js';
import { markRead } from '../../functions/notifications/notification.repository.js';
import { sendNotifications } from '../../functions/notifications/send-notifications.handler.js';
import { localUserDirectory } from '../../functions/people/local-user-directory.js';
import { putUser } from '../../functions/people/user.repository.js';
import { keys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { FUND } from '../domain/builders.js';
import { testStore } from '../support/test-store.js';
import { inDeliberation, saveFund } from './job-story.js';

let store: Store;
const sent: SendEmailCommand['input'][] = [];
let mailer: Mailer;

beforeAll(async () => {
  store = await testStore();
  await saveFund(store);
  for (const [userId, organisationId] of [['ilse', 'ggd'], ['joost', 'woonstichting']] as const)
    await putUser(store, { userId, name: userId, fundId: FUND, role: 'panel_member', organisationId, email: `${userId}@example.org`, disabled: false });
  // joost chose the digest the day before the cases came in.
  await saveNotificationSettings(store, FUND, 'joost', { email: 'daily_digest', language: 'nl' }, '2026-03-01T12:00:00.000Z');
  mailer = {
    ses: { send: async (command: SendEmailCommand) => (sent.push(command.input), {}) } as never,
    directory: () => localUserDirectory(store),
    settings: (fundId, ids) => notificationSettingsOf(store, fundId, ids),
    from: () => 'fonds@example.org',
    appUrl: () => 'https://doorbraak.test',
  };
});

/** An item as the table's stream gives it (strings, numbers, booleans and maps are all a notification holds). */
const image = (value: unknown): AttributeValue =>
  typeof value === 'string' ? { S: value } : typeof value === 'number' ? { N: String(value) } : typeof value === 'boolean' ? { BOOL: value }
  : { M: Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, image(v)])) };

/** The stream's INSERT records of the panel's notifications, as the mailer receives them. */
async function streamOfPanelInbox(): Promise<DynamoDBStreamEvent> {
  const found = await store.db.send(new QueryCommand({
    TableName: store.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.roleInbox(FUND, 'panel_member') },
  }));
  return { Records: (found.Items ?? []).map((item) => ({ eventName: 'INSERT', dynamodb: { NewImage: image(item).M } })) } as DynamoDBStreamEvent;
}

const to = (address: string) => sent.filter((m) => m.Destination?.ToAddresses?.[0] === address);
const bodyOf = (mail: SendEmailCommand['input']) => mail.Content?.Simple?.Body?.Text?.Data ?? '';

describe('e-mail at once or a daily digest', () => {
  it('mails the immediate reader each notification at once, and the digest reader one mail a day with all of them', async () => {
    const opened = '2026-03-02T10:00:00.000Z';
    const cases = [await inDeliberation(store, 'DIGEST-1', opened), await inDeliberation(store, 'DIGEST-2', opened), await inDeliberation(store, 'DIGEST-3', opened)];

    await sendNotifications(mailer)(await streamOfPanelInbox());
    expect(to('ilse@example.org')).toHaveLength(3);
    expect(to('joost@example.org')).toHaveLength(0);

    // Before the digest's hour nothing goes; at the first run after it, one mail with all three.
    expect(await runScheduledJob(store, '2026-03-03T05:45:00.000Z', { mailer })).toMatchObject({ digests: 0 });
    expect(await runScheduledJob(store, '2026-03-03T06:00:00.000Z', { mailer })).toMatchObject({ digests: 1 });
    const [digest, ...more] = to('joost@example.org');
    expect(more).toEqual([]);
    expect(digest!.Content?.Simple?.Subject?.Data).toBe('Doorbraak: 3 nieuwe meldingen van vandaag');
    for (const c of cases) {
      expect(bodyOf(digest!)).toContain(`Aanvraag ${caseNumber(c.case.id)}`);
      expect(bodyOf(digest!)).toContain(`https://doorbraak.test/panel/cases/${c.case.id}`);
      expect(bodyOf(digest!)).not.toContain(c.case.request.clientRef!);
    }
    expect(to('ilse@example.org')).toHaveLength(3);

    // The next run of the day, and the next day with nothing new, send nothing.
    expect(await runScheduledJob(store, '2026-03-03T06:15:00.000Z', { mailer })).toMatchObject({ digests: 0 });
    expect(await runScheduledJob(store, '2026-03-04T06:00:00.000Z', { mailer })).toMatchObject({ digests: 0 });
    expect(to('joost@example.org')).toHaveLength(1);
  });

  it('holds in the next digest only what came after the last, and leaves out what was read in the app', async () => {
    const before = sent.length;
    await inDeliberation(store, 'DIGEST-4', '2026-03-04T09:00:00.000Z');
    await inDeliberation(store, 'DIGEST-5', '2026-03-04T10:00:00.000Z');
    const [newest] = (await store.db.send(new QueryCommand({
      TableName: store.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.roleInbox(FUND, 'panel_member') },
      ScanIndexForward: false, Limit: 1,
    }))).Items ?? [];
    await markRead(store, { userId: 'joost', name: 'joost', fundId: FUND, role: 'panel_member', organisationId: 'woonstichting' }, String(newest!.id), '2026-03-04T11:00:00.000Z');

    expect(await runScheduledJob(store, '2026-03-05T06:00:00.000Z', { mailer })).toMatchObject({ digests: 1 });
    const digest = sent.slice(before).find((m) => m.Destination?.ToAddresses?.[0] === 'joost@example.org')!;
    expect(digest.Content?.Simple?.Subject?.Data).toBe('Doorbraak: 1 nieuwe melding van vandaag');
  });
});
