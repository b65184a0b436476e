import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aGrant, aRequest, aVote } from '../../support/fixtures.js';
import { startTestApi, type Client, type TestApi } from '../../support/test-api.js';

let api: TestApi;
let sanne: Client, youssef: Client, marieke: Client, pieter: Client, kees: Client, anouk: Client, daan: Client;

beforeAll(async () => {
  api = await startTestApi();
  sanne = await api.as('sanne');
  youssef = await api.as('youssef');
  marieke = await api.as('marieke');
  pieter = await api.as('pieter');
  kees = await api.as('kees');
  anouk = await api.as('anouk');
  daan = await api.as('daan');
});
afterAll(() => api.stop());

type Note = { id: string; type: string; caseId: string; readAt?: string };
const inbox = async (client: Client, caseId?: string): Promise<Note[]> =>
  ((await client.get('/api/notifications')).body.items as Note[]).filter((n) => !caseId || n.caseId === caseId);

async function walk(counsellor: Client, clientRef: string): Promise<string> {
  const id: string = (await counsellor.post('/api/cases', aRequest({ clientRef }))).body.case.id;
  await counsellor.post(`/api/cases/${id}/submit`);
  await marieke.post(`/api/cases/${id}/screening`, { outcome: 'in' });
  await marieke.post(`/api/cases/${id}/deliberation`);
  return id;
}

describe('notifications, written with the change that causes them', () => {
  it('tells the manager of a new request, the panel of a case to vote on, the counsellor of a question and the decision', async () => {
    const id = await walk(sanne, 'NOTE-1');
    expect((await inbox(marieke, id)).map((n) => n.type)).toEqual(['case_submitted']);
    expect((await inbox(pieter, id)).map((n) => n.type)).toEqual(['case_to_vote_on']);
    expect((await inbox(kees, id)).map((n) => n.type)).toEqual(['case_to_vote_on']);

    await anouk.post(`/api/cases/${id}/questions`, { text: 'Loopt het budgetbeheer al?' });
    const question = (await sanne.get(`/api/cases/${id}`)).body.questions[0].id;
    await sanne.post(`/api/cases/${id}/questions/${question}/answer`, { text: 'Ja, sinds september.' });
    for (const member of [pieter, kees, anouk]) await member.put(`/api/cases/${id}/votes/mine`, aVote());
    await marieke.post(`/api/cases/${id}/decision`, aGrant(1_500_00));
    expect((await inbox(sanne, id)).map((n) => n.type)).toEqual(['decision', 'question_for_you']);
    expect(await inbox(youssef, id)).toEqual([]);
  });

  it('does not ask panel members of the counsellor’s own organisation to vote', async () => {
    const id = await walk(youssef, 'NOTE-2'); // youssef and pieter both work for schuldhulp-west
    expect(await inbox(pieter, id)).toEqual([]);
    expect((await inbox(kees, id)).map((n) => n.type)).toEqual(['case_to_vote_on']);
  });

  it('marks a role notification read for me only, and my own notifications on themselves', async () => {
    const id = await walk(sanne, 'NOTE-3');
    const [forPieter] = await inbox(pieter, id);
    const read = await pieter.post(`/api/notifications/${forPieter!.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect((await inbox(pieter, id))[0]!.readAt).toEqual(read.body.readAt);
    expect((await inbox(kees, id))[0]!.readAt).toBeUndefined();
    const unread = (await pieter.get('/api/notifications?unread=true')).body.items as Note[];
    expect(unread.some((n) => n.id === forPieter!.id)).toBe(false);

    await anouk.post(`/api/cases/${id}/questions`, { text: 'Hoe hoog is de huur nu?' });
    const [forSanne] = await inbox(sanne, id);
    expect((await sanne.post(`/api/notifications/${forSanne!.id}/read`)).body).toMatchObject({ type: 'question_for_you', readAt: expect.any(String) });
  });

  it('keeps each inbox to its own user and fund', async () => {
    const id = await walk(sanne, 'NOTE-4');
    const [forMarieke] = await inbox(marieke, id);
    expect(await inbox(daan, id)).toEqual([]);
    expect((await daan.post(`/api/notifications/${forMarieke!.id}/read`)).status).toBe(404);
    expect((await youssef.post(`/api/notifications/${forMarieke!.id}/read`)).status).toBe(404);
    expect((await sanne.post('/api/notifications/not-a-real-id/read')).status).toBe(404);
    expect((await sanne.post('/api/notifications/bad%20id/read')).status).toBe(400);
    expect((await (await api.as()).get('/api/notifications')).status).toBe(401);
  });

  it('marks all as read at once: my own and my role’s, for me only; a second call changes nothing', async () => {
    const id = await walk(sanne, 'NOTE-5');
    await anouk.post(`/api/cases/${id}/questions`, { text: 'Is er al een betalingsregeling?' });
    expect((await inbox(sanne)).some((n) => !n.readAt)).toBe(true);
    expect((await inbox(kees, id)).map((n) => n.readAt)).toEqual([undefined]);

    const first = await kees.post('/api/notifications/read-all');
    expect(first.status).toBe(200);
    expect((await kees.get('/api/notifications?unread=true')).body.items).toEqual([]);
    const readAt = (await inbox(kees, id))[0]!.readAt;
    expect(readAt).toEqual(expect.any(String));
    // Pieter is in the same role: the role's notification stays unread for him.
    expect((await inbox(pieter, id)).map((n) => n.readAt)).toEqual([undefined]);

    expect((await kees.post('/api/notifications/read-all')).status).toBe(200);
    expect((await inbox(kees, id))[0]!.readAt).toBe(readAt);

    expect((await sanne.post('/api/notifications/read-all')).status).toBe(200);
    expect((await sanne.get('/api/notifications?unread=true')).body.items).toEqual([]);
    expect((await (await api.as()).post('/api/notifications/read-all')).status).toBe(401);
  });
});

describe('my e-mail settings', () => {
  it('are each notification at once, in Dutch, until I choose; my choice is mine only', async () => {
    expect((await youssef.get('/api/notifications/settings')).body).toEqual({ email: 'immediate', language: 'nl' });
    const saved = await youssef.put('/api/notifications/settings', { email: 'daily_digest', language: 'en' });
    expect(saved.status).toBe(200);
    // The digest starts now: what was mailed at once before is not mailed again.
    expect(saved.body).toEqual({ email: 'daily_digest', language: 'en', lastDigestAt: expect.any(String) });
    expect((await youssef.get('/api/notifications/settings')).body).toEqual(saved.body);
    const again = await youssef.put('/api/notifications/settings', { email: 'daily_digest', language: 'nl' });
    expect(again.body).toEqual({ ...saved.body, language: 'nl' });
    expect((await sanne.get('/api/notifications/settings')).body).toEqual({ email: 'immediate', language: 'nl' });
  });

  it('refuses a value that is not a choice, naming the field and the reason', async () => {
    const weekly = await daan.put('/api/notifications/settings', { email: 'weekly', language: 'nl' });
    expect(weekly.status).toBe(400);
    expect(weekly.body.error.fields).toEqual([{ field: 'body.email', reason: 'invalid_choice', message: expect.any(String) }]);
    const never = await daan.put('/api/notifications/settings', { email: 'never', language: 'de' });
    expect(never.body.error.fields.map((f: { field: string; reason: string }) => `${f.field}:${f.reason}`).sort()).toEqual(['body.email:invalid_choice', 'body.language:invalid_choice']);
    const extra = await daan.put('/api/notifications/settings', { email: 'immediate', language: 'nl', lastDigestAt: '2030-01-01T00:00:00.000Z' });
    expect(extra.status).toBe(400);
    expect(extra.body.error.fields.map((f: { reason: string }) => f.reason)).toEqual(['unknown_field']);
  });
});
