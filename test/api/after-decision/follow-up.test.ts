import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putUser } from '../../../functions/people/user.repository.js';
import { startTestApi, type Client, type TestApi } from '../../support/test-api.js';

let api: TestApi;
let sanne: Client, marieke: Client, youssef: Client, noor: Client, pieter: Client;

const report = (overrides: object = {}) => ({
  breakthrough: 'yes',
  domains: { housing: 'better', debts: 'better', income: 'same', work: 'same', wellbeing: 'better' },
  notes: { housing: 'Verhuisd naar de grotere woning.' },
  lesson: 'Reken de nieuwe huur met huurtoeslag door vóór de aanvraag.',
  ...overrides,
});

/** A seeded case of sanne's by its client reference. */
async function sannesCase(clientRef: string): Promise<string> {
  const page = await sanne.get('/api/cases?limit=100');
  const found = page.body.items.find((c: { clientRef: string }) => c.clientRef === clientRef);
  if (!found) throw new Error(`No demo case ${clientRef}`);
  return found.id;
}

beforeAll(async () => {
  api = await startTestApi();
  await putUser(api.store, { userId: 'sem', name: 'Sem de Wit', fundId: 'amsterdam-demo', role: 'counsellor', organisationId: 'madi-zuid', disabled: false });
  sanne = await api.as('sanne');
  marieke = await api.as('marieke');
  youssef = await api.as('youssef');
  noor = await api.as('noor');
  pieter = await api.as('pieter');
});
afterAll(() => api.stop());

describe('a follow-up report over HTTP', () => {
  it('is reported by the counsellor once due, corrected by its author, and the case then closed', async () => {
    const id = await sannesCase('MZ-2026-0288'); // paid four months ago: moment 1 due
    const reported = await sanne.put(`/api/cases/${id}/follow-up/1`, report());
    expect(reported.status).toBe(200);
    expect(reported.body.case.followUp.moments[0]).toMatchObject({ breakthrough: 'yes', reportedBy: { userId: 'sanne' } });
    expect(reported.body.actions).toContain('reportFollowUp');

    const corrected = await sanne.put(`/api/cases/${id}/follow-up/1`, report({ breakthrough: 'partly' }));
    expect(corrected.body.case.followUp.moments[0]).toMatchObject({ breakthrough: 'partly', correctedAt: expect.any(String) });

    const early = await sanne.put(`/api/cases/${id}/follow-up/2`, report());
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ reason: 'not_yet_open', fields: [{ field: 'moment' }] });

    const withoutReason = await marieke.post(`/api/cases/${id}/close`, {});
    expect(withoutReason.status).toBe(422);
    expect(withoutReason.body.error.fields[0].field).toBe('reason');
    const closed = await marieke.post(`/api/cases/${id}/close`, { reason: 'Cliënt is verhuisd naar een andere gemeente.' });
    expect(closed.status).toBe(200);
    expect(closed.body.case).toMatchObject({ state: 'closed', closure: { automatic: false }, retention: { purgeAfter: expect.any(String) } });
    expect((await sanne.put(`/api/cases/${id}/follow-up/1`, report())).status).toBe(422);
  });

  it('names a bad field of the fixed form', async () => {
    const id = await sannesCase('MZ-2026-0288');
    const bad = await sanne.put(`/api/cases/${id}/follow-up/1`, report({ domains: { housing: 'beter' } }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field)).toContain('body.domains.housing');
    expect((await sanne.put(`/api/cases/${id}/follow-up/9`, report())).status).toBe(400);
  });

  it('hides the case from another organisation and another fund, and refuses other roles', async () => {
    const id = await sannesCase('MZ-2025-0917');
    expect((await youssef.put(`/api/cases/${id}/follow-up/1`, report())).status).toBe(404);
    expect((await noor.put(`/api/cases/${id}/follow-up/1`, report())).status).toBe(404);
    expect((await marieke.put(`/api/cases/${id}/follow-up/1`, report())).status).toBe(403);
    expect((await pieter.post(`/api/cases/${id}/close`, {})).status).toBe(403);
    expect((await (await api.as('daan')).post(`/api/cases/${id}/close`, {})).status).toBe(404);
  });
});

describe('handing a case over, over HTTP', () => {
  it('goes to a colleague of the same organisation, who then reports; the author can no longer', async () => {
    const id = await sannesCase('MZ-2025-0917');
    const toOtherOrganisation = await sanne.post(`/api/cases/${id}/handover`, { toUserId: 'youssef' });
    expect(toOtherOrganisation.status).toBe(422);
    expect(toOtherOrganisation.body.error.fields[0].field).toBe('toUserId');
    expect((await youssef.post(`/api/cases/${id}/handover`, { toUserId: 'youssef' })).status).toBe(404);
    expect((await pieter.post(`/api/cases/${id}/handover`, { toUserId: 'sem' })).status).toBe(403);

    const handed = await sanne.post(`/api/cases/${id}/handover`, { toUserId: 'sem', note: 'Ik ga met verlof; Sem neemt het over.' });
    expect(handed.status).toBe(200);
    expect(handed.body.case.counsellor).toMatchObject({ userId: 'sem', name: 'Sem de Wit' });
    expect(handed.body.history.at(-1)).toMatchObject({ type: 'handed_over', reason: 'Ik ga met verlof; Sem neemt het over.' });
    const sem = api.clientWithToken(await api.identity.issue(
      { userId: 'sem', name: 'Sem de Wit', fundId: 'amsterdam-demo', role: 'counsellor', organisationId: 'madi-zuid' }));
    expect((await sem.get(`/api/cases/${id}`)).body.actions).toContain('reportFollowUp');
    // Moment 1 was reported by sanne: only its author corrects it.
    expect((await sem.put(`/api/cases/${id}/follow-up/1`, report())).body.error.reason).toBe('not_author');
    expect((await sanne.post(`/api/cases/${id}/handover`, { toUserId: 'sanne' })).status).toBe(403);
  });
});
