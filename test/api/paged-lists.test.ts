import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/storage/keys.js';
import { encodeCursor } from '../../functions/storage/paging.js';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';
import { clientsOf } from './walk.js';

/** The demo fund, seeded a year and a half ago: its panel has voted, and its follow-ups have reported lessons. */
let api: TestApi;
let kees: Client;
let marieke: Client;

beforeAll(async () => {
  api = await startTestApi({ now: new Date(Date.now() - 540 * 86_400_000) });
  [kees, marieke] = await clientsOf(api, ['kees', 'marieke'] as const);
});
afterAll(() => api.stop());

type Page = { items: Array<Record<string, unknown>>; cursor?: string };

async function pageByPage(client: Client, path: string): Promise<Page['items']> {
  const items: Page['items'] = [];
  let cursor: string | undefined;
  do {
    const answer = await client.get(`${path}${path.includes('?') ? '&' : '?'}limit=1${cursor ? `&cursor=${cursor}` : ''}`);
    expect(answer.status).toBe(200);
    const page = answer.body as Page;
    expect(page.items.length).toBeLessThanOrEqual(1);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}

describe('the lists over HTTP, a page at a time', () => {
  for (const [who, path] of [['kees', '/api/votes/mine'], ['marieke', '/api/lessons'], ['marieke', '/api/lessons/pending']] as const) {
    it(`${path}: one item a page gives what one long page gives, in the same order`, async () => {
      const client = who === 'kees' ? kees : marieke;
      const all = (await client.get(`${path}?limit=100`)).body as Page;
      expect(all.cursor).toBeUndefined();
      expect(all.items.length).toBeGreaterThan(0);
      expect(await pageByPage(client, path)).toEqual(all.items);
    });

    it(`${path}: a cursor of another list is a 400 that names the cursor`, async () => {
      const client = who === 'kees' ? kees : marieke;
      const foreign = encodeCursor({ ...keys.case('no-such-case'), GSI9PK: 'nowhere' });
      const answer = await client.get(`${path}?cursor=${foreign}`);
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields).toEqual([expect.objectContaining({ field: 'query.cursor', reason: 'invalid_cursor' })]);
    });
  }
});
