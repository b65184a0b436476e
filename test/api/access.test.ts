import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalIdentity } from '../../functions/local/local-identity.js';
import { demoUser } from '../../functions/local/demo/demo-funds.js';
import { actorOfUser } from '../../domain/people/user.schema.js';
import { aVote } from '../support/fixtures.js';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';
import { clientsOf, createDraft, decided, inDeliberation, submitted } from './walk.js';

let api: TestApi;
let sanne: Client, youssef: Client, marieke: Client, pieter: Client, kees: Client, lotte: Client;
let noor: Client, daan: Client, iris: Client;
/** Sanne's cases (Madi Zuid) and one of Youssef's (Schuldhulp West, Pieter's organisation). */
let sanneDraft: string, sanneSubmitted: string, sanneDeliberating: string, youssefDeliberating: string;

beforeAll(async () => {
  api = await startTestApi();
  [sanne, youssef, marieke, pieter, kees, lotte, noor, daan, iris] = await clientsOf(api, ['sanne', 'youssef', 'marieke', 'pieter', 'kees', 'lotte', 'noor', 'daan', 'iris'] as const);
  sanneDraft = await createDraft(sanne, { clientRef: 'ACC-DRAFT' });
  sanneSubmitted = await submitted(sanne, { clientRef: 'ACC-SUB' });
  sanneDeliberating = await inDeliberation(sanne, marieke, { clientRef: 'ACC-DELIB' });
  youssefDeliberating = await inDeliberation(youssef, marieke, { clientRef: 'ACC-SW' });
});
afterAll(() => api.stop());

const ids = (page: { items: Array<{ id: string }> }) => page.items.map((c) => c.id);

describe('who are you: 401', () => {
  it('refuses a call without a token', async () => {
    const anonymous = await api.as();
    for (const path of ['/api/me', '/api/cases', `/api/cases/${sanneSubmitted}`]) {
      const answer = await anonymous.get(path);
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('unauthenticated');
    }
  });

  it('refuses a token that is not a token', async () => {
    expect((await api.clientWithToken('not-a-jwt').get('/api/me')).status).toBe(401);
  });

  it('refuses a token signed by someone else’s key', async () => {
    const stranger = await createLocalIdentity();
    const forged = await stranger.issue({ ...actorOfUser(demoUser('marieke')) });
    expect((await api.clientWithToken(forged).get('/api/me')).status).toBe(401);
  });

  it('refuses a genuine token that does not say which fund the user belongs to', async () => {
    const token = await api.identity.issue({ ...actorOfUser(demoUser('marieke')), fundId: '' });
    const answer = await api.clientWithToken(token).get('/api/me');
    expect(answer.status).toBe(401);
    expect(answer.body.error.message).toMatch(/sign in again/);
  });

  it('lets the public routes answer without a token', async () => {
    const anonymous = await api.as();
    expect((await anonymous.get('/api/health')).status).toBe(200);
    expect((await anonymous.get('/api/openapi.json')).status).toBe(200);
  });
});

describe('what your role may do: 403', () => {
  it.each([
    ['a counsellor', 'sanne', 'PUT', 'votes/mine'],
    ['a counsellor', 'sanne', 'POST', 'decision'],
    ['a counsellor', 'sanne', 'POST', 'screening'],
    ['a panel member', 'kees', 'POST', 'submit'],
    ['a panel member', 'kees', 'POST', 'decision'],
    ['a programme manager', 'marieke', 'PUT', 'votes/mine'],
    ['a programme manager', 'marieke', 'POST', 'withdraw'],
  ])('refuses %s (%s) calling %s …/%s, saying why', async (_, who, method, route) => {
    const client = await api.as(who);
    const body = { reason: 'Zomaar geprobeerd.', outcome: 'in', ...aVote() };
    const answer = await client.send(method, `/api/cases/${sanneDeliberating}/${route}`, {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('role_not_allowed');
    expect(answer.body.error.message).toMatch(/^A (counsellor|panel member|programme manager) cannot/);
  });

  it('refuses a request written by a panel member or a programme manager', async () => {
    expect((await kees.post('/api/cases', { clientRef: 'X-1' })).status).toBe(403);
    expect((await marieke.post('/api/cases', { clientRef: 'X-1' })).status).toBe(403);
  });

  it('refuses a counsellor the fund’s queues, and the panel the queues before deliberation', async () => {
    expect((await sanne.get('/api/queue/submitted')).status).toBe(403);
    const answer = await kees.get('/api/queue/submitted');
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('queue_not_visible');
    expect((await kees.get('/api/queue/in_deliberation')).status).toBe(200);
  });

  it('refuses a colleague’s action on a case of the same organisation that they did not write', async () => {
    const sem = api.clientWithToken(await api.identity.issue({ ...actorOfUser(demoUser('sanne')), userId: 'sem', name: 'Sem' }));
    expect((await sem.get(`/api/cases/${sanneDraft}`)).status).toBe(200);
    const answer = await sem.post(`/api/cases/${sanneDraft}/submit`);
    expect(answer.status).toBe(403);
    expect(answer.body.error.reason).toBe('not_owner');
  });
});

describe('another organisation’s cases: 404, and never in a list', () => {
  it('answers 404 to a counsellor of another organisation, for every state and every route', async () => {
    for (const id of [sanneDraft, sanneSubmitted, sanneDeliberating]) {
      expect((await youssef.get(`/api/cases/${id}`)).status).toBe(404);
      expect((await youssef.get(`/api/cases/${id}/earlier-requests`)).status).toBe(404);
      expect((await youssef.patch(`/api/cases/${id}`, { amountCents: 100_00 })).status).toBe(404);
      expect((await youssef.post(`/api/cases/${id}/withdraw`, { reason: 'Niet van mij.' })).status).toBe(404);
    }
    expect((await youssef.post(`/api/cases/${sanneDraft}/submit`)).status).toBe(404);
  });

  it('answers the same 404 for a case that does not exist, so nothing shows it exists', async () => {
    const missing = await youssef.get('/api/cases/does-not-exist');
    const hidden = await youssef.get(`/api/cases/${sanneSubmitted}`);
    expect(hidden.body).toEqual(missing.body);
  });

  it('lists only the counsellor’s own organisation’s cases', async () => {
    const mine = ids((await youssef.get('/api/cases?limit=100')).body);
    expect(mine).toContain(youssefDeliberating);
    expect(mine).not.toContain(sanneDraft);
    expect(mine).not.toContain(sanneSubmitted);
    expect(mine).not.toContain(sanneDeliberating);
    const items = (await youssef.get('/api/cases?limit=100')).body.items as Array<{ organisationId: string }>;
    expect(new Set(items.map((c) => c.organisationId))).toEqual(new Set(['schuldhulp-west']));
  });

  it('hides drafts from the programme manager and the panel, and submitted cases from the panel', async () => {
    expect((await marieke.get(`/api/cases/${sanneDraft}`)).status).toBe(404);
    expect((await kees.get(`/api/cases/${sanneDraft}`)).status).toBe(404);
    expect((await kees.get(`/api/cases/${sanneSubmitted}`)).status).toBe(404);
    expect((await kees.get(`/api/cases/${sanneDeliberating}`)).status).toBe(200);
  });
});

describe('who may vote, over HTTP', () => {
  it('refuses a vote from a panel member of the counsellor’s organisation, and stores nothing', async () => {
    const answer = await pieter.put(`/api/cases/${youssefDeliberating}/votes/mine`, aVote());
    expect(answer.status).toBe(403);
    expect(answer.body.error.reason).toBe('own_organisation');
    const seen = await marieke.get(`/api/cases/${youssefDeliberating}`);
    expect(seen.body.deliberation.votes).toEqual([]);
    expect(seen.body.history.map((h: { type: string }) => h.type)).not.toContain('vote_cast');
  });

  it('refuses a vote from a member who declared a conflict, and sets aside the vote they had cast', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'ACC-CONFLICT' });
    expect((await lotte.put(`/api/cases/${id}/votes/mine`, aVote())).status).toBe(200);
    expect((await lotte.post(`/api/cases/${id}/conflicts`, { reason: 'Ik ken de cliënt van vroeger.' })).status).toBe(200);
    const again = await lotte.put(`/api/cases/${id}/votes/mine`, aVote());
    expect(again.status).toBe(403);
    expect(again.body.error.reason).toBe('conflict_of_interest');
    const seen = await marieke.get(`/api/cases/${id}`);
    expect(seen.body.deliberation.votes).toEqual([]);
    expect(seen.body.deliberation.conflicts.map((c: { member: { userId: string } }) => c.member.userId)).toEqual(['lotte']);
  });

  it('refuses a vote once the case is decided, naming the state', async () => {
    const id = await decided(sanne, marieke, [kees, lotte, await api.as('ruben')], { clientRef: 'ACC-DECIDED' });
    const answer = await kees.put(`/api/cases/${id}/votes/mine`, aVote('refuse'));
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ code: 'invalid_transition', state: expect.any(String) });
  });
});

describe('nothing crosses funds', () => {
  let youthCase: string;
  beforeAll(async () => {
    youthCase = (await daan.get('/api/queue/submitted')).body.items[0].id;
  });

  it('shows the youth fund’s people none of Amsterdam’s cases', async () => {
    for (const client of [noor, daan, iris]) {
      for (const id of [sanneSubmitted, sanneDeliberating, youssefDeliberating]) expect((await client.get(`/api/cases/${id}`)).status).toBe(404);
    }
  });

  it('lets no one of the youth fund act on an Amsterdam case', async () => {
    expect((await iris.put(`/api/cases/${sanneDeliberating}/votes/mine`, aVote())).status).toBe(404);
    expect((await daan.post(`/api/cases/${sanneSubmitted}/screening`, { outcome: 'in' })).status).toBe(404);
    expect((await daan.post(`/api/cases/${sanneDeliberating}/decision`, { outcome: 'refused', reasoning: 'Niet ons fonds, toch geprobeerd.' })).status).toBe(404);
  });

  it('shows Amsterdam’s people nothing of the youth fund', async () => {
    for (const client of [sanne, marieke, kees]) expect((await client.get(`/api/cases/${youthCase}`)).status).toBe(404);
    expect(ids((await marieke.get('/api/queue/submitted?limit=100')).body)).not.toContain(youthCase);
  });

  it('lists only the own fund’s cases in every queue', async () => {
    const amsterdam = new Set<string>();
    for (const state of ['submitted', 'screened', 'in_deliberation', 'decided', 'withdrawn', 'screened_out'])
      for (const id of ids((await marieke.get(`/api/queue/${state}?limit=100`)).body)) amsterdam.add(id);
    for (const state of ['submitted', 'screened', 'in_deliberation', 'decided', 'withdrawn', 'screened_out']) {
      const youth = ids((await daan.get(`/api/queue/${state}?limit=100`)).body);
      expect(youth.filter((id) => amsterdam.has(id))).toEqual([]);
    }
    expect(ids((await noor.get('/api/cases?limit=100')).body)).toEqual([youthCase]);
  });
});
