import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';
import { clientsOf } from './walk.js';

/** The demo fund seeded a year and a half ago: every follow-up moment of its cases is due by now. */
let api: TestApi;
let marieke: Client;

beforeAll(async () => {
  api = await startTestApi({ now: new Date(Date.now() - 540 * 86_400_000) });
  [marieke] = await clientsOf(api, ['marieke'] as const);
});
afterAll(() => api.stop());

type Page = { items: Array<{ caseId: string; moment: number; dueAt: string; overdue: boolean }>; cursor?: string };

describe("the manager's follow-ups to chase", () => {
  it('pages through the same reports as one long page, a case at a time, the longest due first', async () => {
    const all = (await marieke.get('/api/follow-ups/overdue?limit=100')).body as Page;
    expect(all.cursor).toBeUndefined();
    expect(new Set(all.items.map((i) => i.caseId)).size).toBeGreaterThan(2);
    const paged: Page['items'] = [];
    const firstDue: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await marieke.get(`/api/follow-ups/overdue?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).body as Page;
      expect(new Set(page.items.map((i) => i.caseId)).size).toBeLessThanOrEqual(1);
      paged.push(...page.items);
      if (page.items.length > 0) firstDue.push(page.items.map((i) => i.dueAt).sort()[0]!);
      cursor = page.cursor;
    } while (cursor);
    const key = (i: { caseId: string; moment: number }) => `${i.caseId}#${i.moment}`;
    expect(paged.map(key).sort()).toEqual(all.items.map(key).sort());
    expect(firstDue).toEqual([...firstDue].sort());
  });

  it('refuses a cursor it did not give out', async () => {
    const answer = await marieke.get('/api/follow-ups/overdue?cursor=not-ours');
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields).toEqual([expect.objectContaining({ field: 'query.cursor', reason: 'invalid_cursor' })]);
  });
});
