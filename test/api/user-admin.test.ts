import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';
import { checkedFetch } from '../support/contract.js';

let api: TestApi;
let marieke: Client, daan: Client, sanne: Client;

beforeAll(async () => {
  api = await startTestApi();
  marieke = await api.as('marieke');
  daan = await api.as('daan');
  sanne = await api.as('sanne');
});
afterAll(() => api.stop());

const aPanelMember = { email: 'bram@example.org', name: 'Bram de Wit', role: 'panel_member', organisationId: 'ggd', discipline: 'health_care' };

describe('user administration by the programme manager', () => {
  it("lists the fund's own users only", async () => {
    const answer = await marieke.get('/api/users');
    expect(answer.status).toBe(200);
    const ids = answer.body.users.map((u: { userId: string }) => u.userId);
    expect(ids).toEqual(expect.arrayContaining(['marieke', 'sanne', 'pieter']));
    expect(ids).not.toContain('daan');
  });

  it('invites a panel member who can then sign in', async () => {
    const invited = await marieke.post('/api/users', aPanelMember);
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ name: 'Bram de Wit', role: 'panel_member', discipline: 'health_care', disabled: false });
    const signIn = await checkedFetch(`${api.url}/api/local/sign-in`, {
      method: 'POST',
      body: JSON.stringify({ fundId: 'amsterdam-demo', userId: invited.body.userId }),
    });
    expect(signIn.status).toBe(200);
    expect((await marieke.post('/api/users', aPanelMember)).body.error.code).toBe('user_exists');
  });

  it('names the field when the organisation or discipline is not the fund’s', async () => {
    const unknownOrg = await marieke.post('/api/users', { ...aPanelMember, email: 'x@example.org', organisationId: 'jongerenpunt' });
    expect(unknownOrg.status).toBe(400);
    expect(unknownOrg.body.error.fields[0].field).toBe('body.organisationId');
    const noDiscipline = await marieke.post('/api/users', { ...aPanelMember, email: 'y@example.org', discipline: undefined });
    expect(noDiscipline.body.error.fields[0].field).toBe('body.discipline');
    const manager = await marieke.post('/api/users', { ...aPanelMember, email: 'z@example.org', role: 'programme_manager' });
    expect(manager.status).toBe(400);
  });

  it('disables a counsellor, who can no longer sign in', async () => {
    const disabled = await marieke.post('/api/users/youssef/disable');
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    const signIn = await checkedFetch(`${api.url}/api/local/sign-in`, {
      method: 'POST',
      body: JSON.stringify({ fundId: 'amsterdam-demo', userId: 'youssef' }),
    });
    expect(signIn.status).toBe(401);
  });

  it("cannot reach into another fund, or disable a programme manager", async () => {
    expect((await daan.post('/api/users/sanne/disable')).status).toBe(404);
    expect((await marieke.post('/api/users/marieke/disable')).status).toBe(403);
  });

  it('is for the programme manager only', async () => {
    expect((await sanne.get('/api/users')).status).toBe(403);
    expect((await sanne.post('/api/users', aPanelMember)).status).toBe(403);
  });
});
