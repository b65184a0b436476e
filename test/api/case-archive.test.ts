import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';
import { clientsOf, createDraft, submitted } from './walk.js';

/** The archive over HTTP: who sees what, and bad searches refused by field and code. The search itself: test/storage/case-archive.test.ts. */
let api: TestApi;
let sanne: Client, youssef: Client, marieke: Client, daan: Client;

beforeAll(async () => {
  api = await startTestApi();
  [sanne, youssef, marieke, daan] = await clientsOf(api, ['sanne', 'youssef', 'marieke', 'daan'] as const);
});
afterAll(() => api.stop());

const ids = (answer: { body: { items: Array<{ id: string }> } }) => answer.body.items.map((c) => c.id);

describe('the case archive', () => {
  it("shows the manager her fund's submitted cases, a counsellor only their organisation's, and nobody another fund's", async () => {
    const sannes = await submitted(sanne, { clientRef: 'ARCH-Z1' });
    const youssefs = await submitted(youssef, { clientRef: 'ARCH-W1' });
    const draft = await createDraft(sanne, { clientRef: 'ARCH-Z2' });

    const all = await marieke.get('/api/fund/cases?limit=100');
    expect(all.status).toBe(200);
    expect(ids(all)).toEqual(expect.arrayContaining([sannes, youssefs]));
    expect(ids(all)).not.toContain(draft);
    expect(ids(await daan.get('/api/fund/cases?limit=100'))).not.toContain(sannes);

    const hers = await sanne.get('/api/cases?limit=100');
    expect(ids(hers)).toEqual(expect.arrayContaining([sannes, draft]));
    expect(ids(hers)).not.toContain(youssefs);
  });

  it('finds a client by reference within an organisation, whatever the capitals', async () => {
    const id = await submitted(youssef, { clientRef: 'ARCH-W7' });
    const organisationId = (await youssef.get(`/api/cases/${id}`)).body.case.organisationId as string;
    const found = await marieke.get(`/api/fund/cases?organisationId=${organisationId}&clientRef=arch-w7`);
    expect(ids(found)).toEqual([id]);
    expect(ids(await youssef.get('/api/cases?clientRef=ARCH-W7'))).toEqual([id]);
    expect(ids(await sanne.get('/api/cases?clientRef=ARCH-W7'))).toEqual([]);
  });

  it('narrows by state, category, urgency and period', async () => {
    const id = await submitted(sanne, { clientRef: 'ARCH-Z9', category: 'water_debt' });
    const today = new Date().toISOString().slice(0, 10);
    const found = await marieke.get(`/api/fund/cases?state=submitted&category=water_debt&urgency=not_urgent&from=${today}&to=${today}`);
    expect(ids(found)).toContain(id);
    expect(ids(await marieke.get(`/api/fund/cases?category=water_debt&to=2020-01-01`))).toEqual([]);
  });

  it('refuses a bad search by field and code', async () => {
    const cases: Array<[Client, string, string, string]> = [
      [marieke, '/api/fund/cases?from=2026-11-02&to=2026-11-01', 'query.to', 'period_reversed'],
      [marieke, '/api/fund/cases?state=lost', 'query.state', 'invalid_choice'],
      [marieke, '/api/fund/cases?from=1-11-2026', 'query.from', 'invalid_format'],
      [marieke, '/api/fund/cases?clientRef=123456789', 'query.clientRef', 'client_ref_bsn'],
      [sanne, '/api/cases?organisationId=madi-zuid', 'query', 'unknown_field'],
    ];
    for (const [client, path, field, reason] of cases) {
      const answer = await client.get(path);
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.fields, path).toEqual(expect.arrayContaining([expect.objectContaining({ field, reason })]));
    }
  });
});
