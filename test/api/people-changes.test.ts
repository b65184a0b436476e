import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedFetch } from '../support/contract.js';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';

let api: TestApi;
let marieke: Client, daan: Client, sanne: Client, kees: Client;

beforeAll(async () => {
  api = await startTestApi();
  [marieke, daan, sanne, kees] = await Promise.all((['marieke', 'daan', 'sanne', 'kees'] as const).map((u) => api.as(u))) as [Client, Client, Client, Client];
});
afterAll(() => api.stop());

/** Signs in afresh: the token a user gets next, with what the directory says of them now. */
async function signIn(userId: string, fundId = 'amsterdam-demo') {
  const answer = await checkedFetch(`${api.url}/api/local/sign-in`, { method: 'POST', body: JSON.stringify({ fundId, userId }) });
  if (answer.status !== 200) return { status: answer.status, client: undefined };
  const { token } = (await answer.json()) as { token: string };
  return { status: 200, client: api.clientWithToken(token) };
}

const fieldsOf = (answer: { body: any }) => answer.body.error.fields.map((f: { field: string; reason: string }) => [f.field, f.reason]);

describe("changing a counsellor's or panel member's role, organisation and discipline", () => {
  it('makes a counsellor a panel member from her next token on; the token she has keeps the old role until then', async () => {
    const before = await api.as('eva');
    const changed = await marieke.patch('/api/users/eva', { role: 'panel_member', organisationId: 'buurtteam-noord', discipline: 'social_work' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ userId: 'eva', role: 'panel_member', organisationId: 'buurtteam-noord', discipline: 'social_work', disabled: false });

    const listed = (await marieke.get('/api/users')).body.users.find((u: { userId: string }) => u.userId === 'eva');
    expect(listed).toMatchObject({ role: 'panel_member', discipline: 'social_work' });
    const next = await signIn('eva');
    expect((await next.client!.get('/api/me')).body.actor).toMatchObject({ role: 'panel_member', discipline: 'social_work' });
    expect((await next.client!.get('/api/panel/awaiting-my-vote')).status).toBe(200);
    expect((await next.client!.post('/api/cases', {})).status).toBe(403);
    expect((await before.get('/api/me')).body.actor).toMatchObject({ role: 'counsellor' });
  });

  it('moves a panel member to another organisation, and back to counsellor without a discipline', async () => {
    const moved = await marieke.patch('/api/users/ruben', { role: 'counsellor', organisationId: 'madi-zuid' });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ userId: 'ruben', name: 'Ruben Kramer', role: 'counsellor', organisationId: 'madi-zuid', disabled: false });
    const next = await signIn('ruben');
    const me = (await next.client!.get('/api/me')).body.actor;
    expect(me).toMatchObject({ role: 'counsellor', organisationId: 'madi-zuid' });
    expect(me.discipline).toBeUndefined();
  });

  it('names the field and the reason of a change the fund refuses', async () => {
    expect(fieldsOf(await marieke.patch('/api/users/sanne', { role: 'counsellor', organisationId: 'jongerenpunt' }))).toEqual([['body.organisationId', 'unknown_organisation']]);
    expect(fieldsOf(await marieke.patch('/api/users/sanne', { role: 'panel_member', organisationId: 'madi-zuid' }))).toEqual([['body.discipline', 'discipline_needed']]);
    expect(fieldsOf(await marieke.patch('/api/users/sanne', { role: 'panel_member', organisationId: 'madi-zuid', discipline: 'education' })))
      .toEqual([['body.discipline', 'discipline_needed']]);
    expect(fieldsOf(await marieke.patch('/api/users/sanne', { role: 'counsellor', organisationId: 'madi-zuid', discipline: 'legal' }))).toEqual([['body.discipline', 'discipline_not_allowed']]);
    const manager = await marieke.patch('/api/users/sanne', { role: 'programme_manager', organisationId: 'madi-zuid' });
    expect(manager.status).toBe(400);
    expect(manager.body.error.fields[0].field).toBe('body.role');
    expect((await marieke.get('/api/users')).body.users.find((u: { userId: string }) => u.userId === 'sanne')).toMatchObject({ role: 'counsellor', organisationId: 'madi-zuid' });
  });

  it('leaves programme managers, the caller included, to the administrator', async () => {
    const self = await marieke.patch('/api/users/marieke', { role: 'counsellor', organisationId: 'gemeente-wpi' });
    expect(self.status).toBe(403);
    expect(self.body.error.reason).toBe('user_not_manageable');
    expect((await marieke.post('/api/users/marieke/enable')).status).toBe(403);
    expect((await (await signIn('marieke')).client!.get('/api/users')).status).toBe(200);
  });

  it("is refused for another fund's user as if there were none, and for anyone but the manager", async () => {
    const change = { role: 'counsellor', organisationId: 'jongerenpunt' };
    expect((await daan.patch('/api/users/sanne', change)).status).toBe(404);
    expect((await daan.post('/api/users/sanne/enable')).status).toBe(404);
    expect((await sanne.patch('/api/users/youssef', { role: 'counsellor', organisationId: 'madi-zuid' })).status).toBe(403);
    expect((await kees.post('/api/users/youssef/enable')).status).toBe(403);
    expect((await marieke.get('/api/users')).body.users.find((u: { userId: string }) => u.userId === 'youssef').organisationId).toBe('schuldhulp-west');
  });
});

describe('re-enabling a disabled user', () => {
  it('lets them sign in and work again', async () => {
    const old = await api.as('youssef');
    expect((await marieke.post('/api/users/youssef/disable')).status).toBe(200);
    expect((await signIn('youssef')).status).toBe(401);
    expect((await old.get('/api/me')).status).toBe(401);

    const enabled = await marieke.post('/api/users/youssef/enable');
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({ userId: 'youssef', disabled: false });
    const again = await signIn('youssef');
    expect(again.status).toBe(200);
    expect((await again.client!.get('/api/cases')).status).toBe(200);
    // Enabling someone enabled changes nothing.
    expect((await marieke.post('/api/users/youssef/enable')).body.disabled).toBe(false);
  });
});

describe("the fund's organisations and disciplines", () => {
  const listsOf = (fund: any) => ({
    organisations: fund.organisations.map(({ id, name, inactive }: any) => ({ id, name, ...(inactive ? { inactive } : {}) })),
    disciplines: fund.settings.disciplines.map((id: string) => ({ id, ...(fund.settings.disciplineNames?.[id] ? { name: fund.settings.disciplineNames[id] } : {}) })),
  });

  it('adds, renames and retires; a retired organisation takes no one new, while its people stay', async () => {
    const fund = (await marieke.get('/api/me')).body.fund;
    const lists = listsOf(fund);
    lists.organisations = lists.organisations.map((o: any) => (o.id === 'woonstichting' ? { ...o, inactive: true } : o.id === 'ggd' ? { ...o, name: 'GGD Amsterdam' } : o));
    lists.organisations.push({ name: 'Stichting Schuldenlab' });
    lists.disciplines.push({ name: 'Verslavingszorg' });
    const saved = await marieke.put('/api/fund/organisations-and-disciplines', lists);
    expect(saved.status).toBe(200);
    expect(saved.body.organisations).toEqual(expect.arrayContaining([
      { id: 'woonstichting', name: 'Woonstichting Amstel (demo)', inactive: true },
      { id: 'ggd', name: 'GGD Amsterdam' },
      { id: 'stichting-schuldenlab', name: 'Stichting Schuldenlab' },
    ]));
    expect(saved.body.settings.disciplineNames).toEqual({ verslavingszorg: 'Verslavingszorg' });
    expect((await marieke.get('/api/me')).body.fund.settings.disciplines).toContain('verslavingszorg');

    const invite = await marieke.post('/api/users', { email: 'w@example.org', name: 'W. Nieuw', role: 'counsellor', organisationId: 'woonstichting' });
    expect(fieldsOf(invite)).toEqual([['body.organisationId', 'organisation_inactive']]);
    expect((await marieke.post('/api/users', { email: 'l@example.org', name: 'L. Nieuw', role: 'panel_member', organisationId: 'stichting-schuldenlab', discipline: 'verslavingszorg' })).status).toBe(201);
    // Kees works for the retired organisation and keeps it when his discipline changes.
    expect((await marieke.patch('/api/users/kees', { role: 'panel_member', organisationId: 'woonstichting', discipline: 'legal' })).status).toBe(200);
  });

  it('keeps the names when the settings are saved, and refuses leaving an organisation out', async () => {
    const fund = (await marieke.get('/api/me')).body.fund;
    expect((await marieke.put('/api/fund/settings', { ...fund.settings, retentionMonths: 36 })).status).toBe(200);
    expect((await marieke.get('/api/me')).body.fund.settings.disciplineNames).toEqual({ verslavingszorg: 'Verslavingszorg' });

    const lists = listsOf(fund);
    const missing = await marieke.put('/api/fund/organisations-and-disciplines', { ...lists, organisations: lists.organisations.slice(1) });
    expect(fieldsOf(missing)).toEqual([['body.organisations', 'list_entry_missing']]);
    expect(missing.body.error.fields[0].params).toEqual({ name: fund.organisations[0].name });
  });

  it("is the manager's own fund's only", async () => {
    const fund = (await marieke.get('/api/me')).body.fund;
    expect((await sanne.put('/api/fund/organisations-and-disciplines', listsOf(fund))).status).toBe(403);
    // Daan sends Amsterdam's lists to his own fund: the ids are not his fund's.
    const foreign = await daan.put('/api/fund/organisations-and-disciplines', listsOf(fund));
    expect(foreign.status).toBe(400);
    expect((await daan.get('/api/me')).body.fund.organisations.map((o: { id: string }) => o.id)).toEqual(['jongerenpunt', 'gemeente-jeugd']);
  });
});
