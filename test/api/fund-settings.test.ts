import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aGrant, aVote } from '../support/fixtures.js';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';
import { clientsOf, inDeliberation } from './walk.js';

let api: TestApi;
let sanne: Client, marieke: Client, kees: Client, anouk: Client, daan: Client;

beforeAll(async () => {
  api = await startTestApi();
  [sanne, marieke, kees, anouk, daan] = await clientsOf(api, ['sanne', 'marieke', 'kees', 'anouk', 'daan'] as const);
});
afterAll(() => api.stop());

describe('GET /api/me', () => {
  it('tells who I am from my token, and my own fund with its settings', async () => {
    const { status, body } = await kees.get('/api/me');
    expect(status).toBe(200);
    expect(body.actor).toMatchObject({ userId: 'kees', role: 'panel_member', fundId: 'amsterdam-demo', discipline: 'housing', organisationId: 'woonstichting' });
    expect(body.fund).toMatchObject({ id: 'amsterdam-demo', settings: { quorum: { minVotes: 3, minDisciplines: 3 } } });
    expect((await daan.get('/api/me')).body.fund.id).toBe('jongeren-demo');
  });
});

describe('PUT /api/fund/settings', () => {
  it('is for the programme manager only', async () => {
    const settings = (await marieke.get('/api/me')).body.fund.settings;
    for (const client of [sanne, kees]) expect((await client.put('/api/fund/settings', settings)).status).toBe(403);
  });

  it('refuses settings that contradict each other, naming the field', async () => {
    const settings = (await marieke.get('/api/me')).body.fund.settings;
    const window = await marieke.put('/api/fund/settings', { ...settings, votingWindowHours: { normal: 48, urgent: 72 } });
    expect(window.status).toBe(400);
    expect(window.body.error.fields).toEqual([{ field: 'body.votingWindowHours.urgent', reason: 'urgent_window_too_long', message: expect.stringContaining('shorter') }]);
    const quorum = await marieke.put('/api/fund/settings', { ...settings, quorum: { minVotes: 2, minDisciplines: 3 } });
    expect(quorum.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['body.quorum.minDisciplines']);
  });

  it('changes the fund’s quorum for the next decision, and only in its own fund', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'FUND-Q' });
    for (const member of [kees, anouk]) await member.put(`/api/cases/${id}/votes/mine`, aVote());
    expect((await marieke.post(`/api/cases/${id}/decision`, aGrant())).body.error.reason).toBe('quorum_not_reached');

    const settings = (await marieke.get('/api/me')).body.fund.settings;
    const changed = await marieke.put('/api/fund/settings', { ...settings, quorum: { minVotes: 2, minDisciplines: 1 } });
    expect(changed.status).toBe(200);
    expect((await marieke.post(`/api/cases/${id}/decision`, aGrant())).status).toBe(200);
    expect((await daan.get('/api/me')).body.fund.settings.quorum).toEqual({ minVotes: 2, minDisciplines: 2 });
  });
});
