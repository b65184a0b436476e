import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Client, type TestApi } from '../../support/test-api.js';
import { clientsOf } from '../walk.js';

let api: TestApi;
let sanne: Client, marieke: Client, pieter: Client, daan: Client;

const lesson = 'Vraag de verhuiskosten aan vóór de sleuteloverdracht, niet erna.';
const report = (overrides: object = {}) => ({
  breakthrough: 'yes',
  domains: { housing: 'better', debts: 'same', income: 'same', work: 'same', wellbeing: 'better' },
  notes: { housing: 'Verhuisd naar de grotere woning.' },
  lesson,
  ...overrides,
});

type Listed = { caseId: string; moment: number; category: string; breakthrough: string; reportedBy: { name: string }; lesson?: string; purged: boolean; domains: Record<string, string> };
type Page = { items: Listed[]; cursor?: string };

async function allReports(client: Client, query = ''): Promise<Listed[]> {
  const items: Listed[] = [];
  let cursor: string | undefined;
  do {
    const answer = await client.get(`/api/follow-up-reports?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const page = answer.body as Page;
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}

beforeAll(async () => {
  api = await startTestApi();
  [sanne, marieke, pieter, daan] = await clientsOf(api, ['sanne', 'marieke', 'pieter', 'daan'] as const);
});
afterAll(() => api.stop());

describe("the manager's list of recent follow-up reports", () => {
  it('shows the demo fund’s reports, newest first, with their lessons', async () => {
    const all = await allReports(marieke);
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.every((r) => r.lesson || r.purged)).toBe(true);
    const times = all.map((r) => (r as unknown as { reportedAt: string }).reportedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('lists a new report at the top with its lesson, and a correction moves it to its new outcome', async () => {
    const mine = (await sanne.get('/api/cases?limit=100')).body.items.find((c: { clientRef: string }) => c.clientRef === 'MZ-2026-0288');
    const reported = await sanne.put(`/api/cases/${mine.id}/follow-up/1`, report());
    expect(reported.status, JSON.stringify(reported.body)).toBe(200);

    const top = (await marieke.get('/api/follow-up-reports?limit=1')).body as Page;
    expect(top.items[0]).toMatchObject({ caseId: mine.id, moment: 1, category: mine.category, breakthrough: 'yes', reportedBy: { name: 'Sanne de Vries' }, lesson, purged: false, domains: { housing: 'better' } });
    const ofItsKind = await allReports(marieke, `&category=${mine.category}&outcome=yes`);
    expect(ofItsKind.filter((r) => r.caseId === mine.id)).toHaveLength(1);
    expect(ofItsKind.every((r) => r.category === mine.category && r.breakthrough === 'yes')).toBe(true);

    expect((await sanne.put(`/api/cases/${mine.id}/follow-up/1`, report({ breakthrough: 'partly' }))).status).toBe(200);
    expect((await allReports(marieke, '&outcome=yes')).filter((r) => r.caseId === mine.id)).toEqual([]);
    const partly = (await allReports(marieke, '&outcome=partly')).filter((r) => r.caseId === mine.id);
    expect(partly).toMatchObject([{ moment: 1, breakthrough: 'partly', lesson }]);
    expect((await allReports(marieke)).filter((r) => r.caseId === mine.id)).toHaveLength(1);

    // The counsellor sees her own report back, and the panel reads it in full after the decision, on the case page.
    for (const reader of [sanne, pieter, marieke]) {
      const page = await reader.get(`/api/cases/${mine.id}`);
      expect(page.body.case.followUp.moments[0]).toMatchObject({ breakthrough: 'partly', lesson, notes: { housing: 'Verhuisd naar de grotere woning.' } });
    }
  });

  it('is the manager’s alone, and only of their own fund', async () => {
    expect((await sanne.get('/api/follow-up-reports')).status).toBe(403);
    expect((await pieter.get('/api/follow-up-reports')).status).toBe(403);
    const amsterdam = new Set((await allReports(marieke)).map((r) => r.caseId));
    const theirs = await allReports(daan);
    expect(theirs.filter((r) => amsterdam.has(r.caseId))).toEqual([]);
  });

  it('names a bad filter, page size or cursor with its reason', async () => {
    const fieldsOf = async (query: string) => {
      const answer = await marieke.get(`/api/follow-up-reports?${query}`);
      expect(answer.status).toBe(400);
      return answer.body.error.fields.map((f: { field: string; reason: string }) => [f.field, f.reason]);
    };
    expect(await fieldsOf('category=rent')).toEqual([['query.category', 'invalid_choice']]);
    expect(await fieldsOf('outcome=maybe')).toEqual([['query.outcome', 'invalid_choice']]);
    expect(await fieldsOf('limit=0')).toEqual([['query.limit', 'too_small']]);
    expect(await fieldsOf('cursor=not-ours')).toEqual([['query.cursor', 'invalid_cursor']]);
    // A cursor holds the key of the list it came from: with another filter it is refused, never read from elsewhere.
    const { cursor } = (await marieke.get('/api/follow-up-reports?limit=1')).body as Page;
    expect(cursor).toBeDefined();
    expect(await fieldsOf(`outcome=no&cursor=${cursor}`)).toEqual([['query.cursor', 'invalid_cursor']]);
    // The filter is called outcome, as in the lessons library: another name is refused, not ignored.
    expect(await fieldsOf('breakthrough=yes')).toEqual([['query', 'unknown_field']]);
  });
});
