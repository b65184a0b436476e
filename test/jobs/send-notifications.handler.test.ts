import type { SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendNotifications } from '../../functions/notifications/send-notifications.handler.js';
import { keys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { localUserDirectory } from '../../functions/people/local-user-directory.js';
import { putUser } from '../../functions/people/user.repository.js';
import { notificationSettingsOf, saveNotificationSettings } from '../../functions/notifications/notification-settings.repository.js';
import { testStore } from '../support/test-store.js';

let store: Store;
beforeAll(async () => {
  store = await testStore();
  const user = (userId: string, role: 'counsellor' | 'panel_member', organisationId: string, email?: string, disabled = false) =>
    putUser(store, { userId, name: userId, fundId: 'f', role, organisationId, ...(email ? { email } : {}), disabled });
  await user('sanne', 'counsellor', 'madi-zuid', 'sanne@example.org');
  await user('pieter', 'panel_member', 'schuldhulp-west', 'pieter@example.org');
  await user('mila', 'panel_member', 'madi-zuid', 'mila@example.org');
  await user('kees', 'panel_member', 'woonstichting', 'kees@example.org', true);
  await user('anouk', 'panel_member', 'ggd');
  await user('femke', 'panel_member', 'ggd', 'femke@example.org');
  await user('joris', 'panel_member', 'woonstichting', 'joris@example.org');
  await saveNotificationSettings(store, 'f', 'femke', { email: 'immediate', language: 'en' }, '2026-11-01T00:00:00.000Z');
  await saveNotificationSettings(store, 'f', 'joris', { email: 'daily_digest', language: 'nl' }, '2026-11-01T00:00:00.000Z');
});

const S = (s: string) => ({ S: s });
const image = (recipient: object, extra: object = {}) => ({
  PK: S(keys.roleInbox('f', 'panel_member')), SK: S(keys.notification(keys.roleInbox('f', 'panel_member'), '1').SK), entity: S('notification'), id: S('20261123T120000000Z-h-0'), fundId: S('f'),
  type: S('case_to_vote_on'), caseId: S('case-1'), at: S('2026-11-23T12:00:00.000Z'), recipient: { M: recipient }, ...extra,
});
const event = (...images: Array<{ eventName?: 'INSERT' | 'MODIFY'; NewImage: object }>): DynamoDBStreamEvent =>
  ({ Records: images.map((i) => ({ eventName: i.eventName ?? 'INSERT', dynamodb: { NewImage: i.NewImage } })) }) as DynamoDBStreamEvent;

function fakeSes(fail = false) {
  const sent: SendEmailCommand['input'][] = [];
  return {
    sent,
    ses: { send: async (command: SendEmailCommand) => { if (fail) throw new Error('SES throttled'); sent.push(command.input); return {}; } },
  };
}

const mailer = (ses: { send: (c: SendEmailCommand) => Promise<object> }, from: string | null = 'fonds@example.org') =>
  sendNotifications({
    ses: ses as never, directory: () => localUserDirectory(store), settings: (fundId, ids) => notificationSettingsOf(store, fundId, ids),
    from: () => from ?? undefined, appUrl: () => 'https://doorbraak.test',
  });

describe('sending notifications as e-mail', () => {
  it('sends a user notification to the address on their user record, from MAIL_FROM, without client data', async () => {
    const { ses, sent } = fakeSes();
    await mailer(ses)(event({ NewImage: image({ kind: S('user'), userId: S('sanne') }, { type: S('decision') }) }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ FromEmailAddress: 'fonds@example.org', Destination: { ToAddresses: ['sanne@example.org'] } });
    expect(sent[0]!.Content?.Simple?.Subject?.Data).toBe('Doorbraak: Besluit genomen — aanvraag CASE1');
    expect(sent[0]!.Content?.Simple?.Body?.Text?.Data).toContain('https://doorbraak.test/counsellor/cases/case-1');
    expect(sent[0]!.Content?.Simple?.Body?.Text?.Data).toContain('Wat u nu doet: Lees het besluit');
  });

  it('sends a role notification to each active member with an address, leaving out the excluded organisation', async () => {
    const { ses, sent } = fakeSes();
    await mailer(ses)(event({ NewImage: image({ kind: S('role'), role: S('panel_member'), exceptOrganisationId: S('madi-zuid') }) }));
    expect(sent.map((m) => m.Destination?.ToAddresses?.[0]).sort()).toEqual(['femke@example.org', 'pieter@example.org']);
  });

  it('writes in each recipient’s language, links to the case page of their role, and leaves digest readers to the daily job', async () => {
    const { ses, sent } = fakeSes();
    await mailer(ses)(event({ NewImage: image({ kind: S('role'), role: S('panel_member') }, { category: S('rent_arrears'), urgent: { BOOL: true } }) }));
    const to = (address: string) => sent.find((m) => m.Destination?.ToAddresses?.[0] === address)!;
    expect(sent.map((m) => m.Destination?.ToAddresses?.[0])).not.toContain('joris@example.org');
    expect(to('femke@example.org').Content?.Simple?.Subject?.Data).toBe('Doorbraak: Request to vote on — request CASE1');
    expect(to('femke@example.org').Content?.Simple?.Body?.Text?.Data).toContain('Request CASE1 (Rent arrears, urgent): Request to vote on.');
    expect(to('pieter@example.org').Content?.Simple?.Body?.Text?.Data).toContain('Aanvraag CASE1 (Huurachterstand, spoed): Aanvraag om over te stemmen.');
    expect(to('pieter@example.org').Content?.Simple?.Body?.Text?.Data).toContain('https://doorbraak.test/panel/cases/case-1');
  });

  it('ignores other items and changes to a notification (marking it read)', async () => {
    const { ses, sent } = fakeSes();
    await mailer(ses)(event(
      { NewImage: { ...image({ kind: S('user'), userId: S('sanne') }), entity: S('case') } },
      { eventName: 'MODIFY', NewImage: image({ kind: S('user'), userId: S('sanne') }) },
    ));
    expect(sent).toEqual([]);
  });

  it('throws when sending fails or no sender is set, so the batch is retried and then dead-lettered', async () => {
    const note = event({ NewImage: image({ kind: S('user'), userId: S('sanne') }) });
    await expect(mailer(fakeSes(true).ses)(note)).rejects.toThrow('SES throttled');
    await expect(mailer(fakeSes().ses, null)(note)).rejects.toThrow('MAIL_FROM');
  });
});
