import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Client, type TestApi } from '../../support/test-api.js';

let api: TestApi;
let sanne: Client, eva: Client, marieke: Client, pieter: Client, daan: Client, iris: Client;

beforeAll(async () => {
  api = await startTestApi();
  sanne = await api.as('sanne');
  eva = await api.as('eva');
  marieke = await api.as('marieke');
  pieter = await api.as('pieter');
  daan = await api.as('daan');
  iris = await api.as('iris');
});
afterAll(() => api.stop());

type Lesson = { id: string; category: string; side: string; breakthrough: string; text: string; caseId?: string };
const library = async (client: Client, query = ''): Promise<Lesson[]> => (await client.get(`/api/lessons${query}`)).body.items;

describe('the lessons library', () => {
  it('shows approved lessons to counsellors and panel members, without case, client or amount', async () => {
    const lessons = await library(eva);
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    expect(await library(pieter)).toEqual(lessons);
    for (const lesson of lessons) expect(Object.keys(lesson).sort()).toEqual(['approvedAt', 'breakthrough', 'category', 'fundId', 'id', 'monthsAfter', 'side', 'text']);
    expect(JSON.stringify(lessons)).not.toMatch(/MZ-|SW-|BN-|amountCents/);
  });

  it('is searched by category and outcome', async () => {
    const refusedFine = await library(eva, '?category=fine&outcome=no');
    expect(refusedFine).toHaveLength(1);
    expect(refusedFine[0]).toMatchObject({ side: 'refused', breakthrough: 'no' });
    expect((await library(eva, '?outcome=yes')).every((l) => l.breakthrough === 'yes')).toBe(true);
    expect(await library(eva, '?category=deposit')).toEqual([]);
    expect((await library(eva, '?side=refused')).map((l) => l.category)).toEqual(['fine']);
    expect((await library(eva, '?side=granted&outcome=no'))).toEqual([]);
    expect((await eva.get('/api/lessons?outcome=maybe')).body.error.fields[0].field).toBe('query.outcome');
  });

  it('takes a lesson in only after the manager approves it, with the text she edited', async () => {
    const pending = (await marieke.get('/api/lessons/pending')).body.items as Lesson[];
    const partly = pending.find((l) => l.breakthrough === 'partly')!;
    expect(partly.caseId).toEqual(expect.any(String));
    expect((await library(eva)).some((l) => l.id === partly.id)).toBe(false);
    expect((await sanne.get('/api/lessons/pending')).status).toBe(403);
    expect((await pieter.post(`/api/lessons/${partly.id}/review`, { approve: true })).status).toBe(403);
    expect((await daan.post(`/api/lessons/${partly.id}/review`, { approve: true })).status).toBe(404);

    const text = 'Vraag bij een lopende aanvraag bij de gemeente of het fonds kan voorschieten.';
    const approved = await marieke.post(`/api/lessons/${partly.id}/review`, { approve: true, text });
    expect(approved.status).toBe(200);
    expect((await library(pieter)).find((l) => l.id === partly.id)?.text).toBe(text);
    expect((await marieke.post(`/api/lessons/${partly.id}/review`, { approve: true })).status).toBe(404);
    expect(await library(iris)).toEqual([]);
  });

  it('takes a lesson back out when its report is corrected, until it is approved again', async () => {
    const cases = (await sanne.get('/api/cases?limit=100')).body.items as Array<{ id: string; clientRef: string }>;
    const refused = cases.find((c) => c.clientRef === 'MZ-2025-0917')!;
    const before = await library(eva, '?category=fine&outcome=no');
    expect(before).toHaveLength(1);
    const corrected = await sanne.put(`/api/cases/${refused.id}/follow-up/1`, {
      breakthrough: 'partly',
      domains: { housing: 'same', debts: 'worse', income: 'same', work: 'same', wellbeing: 'worse' },
      lesson: 'Bij een afwijzing een vervolgroute met datum afspreken; de regeling kwam er toch, maar laat.',
    });
    expect(corrected.status).toBe(200);
    expect(await library(eva, '?category=fine')).toEqual([]);
    const pending = (await marieke.get('/api/lessons/pending')).body.items as Lesson[];
    expect(pending.find((l) => l.id === before[0]!.id)).toMatchObject({ breakthrough: 'partly' });
    await marieke.post(`/api/lessons/${before[0]!.id}/review`, { approve: false });
    expect((await marieke.get('/api/lessons/pending')).body.items.some((l: Lesson) => l.id === before[0]!.id)).toBe(false);
  });
});

describe('my votes and how they turned out', () => {
  it('lists each case a panel member voted on, with the position, the decision and the follow-up outcome', async () => {
    const mine = (await pieter.get('/api/votes/mine')).body.items as Array<Record<string, any>>;
    expect(mine.length).toBeGreaterThanOrEqual(5);
    expect(mine).toContainEqual(expect.objectContaining({
      category: 'fine', position: 'refuse', state: 'follow_up', decision: expect.objectContaining({ outcome: 'refused' }),
      followUp: expect.objectContaining({ of: 2 }),
    }));
    expect(mine).toContainEqual(expect.objectContaining({ category: 'moving_costs', state: 'closed', followUp: { reported: 1, of: 2, breakthrough: 'yes' } }));
    expect(mine.some((v) => v.state === 'in_deliberation')).toBe(true);
  });

  it('is for panel members, each seeing only their own fund', async () => {
    expect((await sanne.get('/api/votes/mine')).status).toBe(403);
    expect((await marieke.get('/api/votes/mine')).status).toBe(403);
    expect((await iris.get('/api/votes/mine')).body.items).toEqual([]);
  });
});

describe('overdue follow-ups for the manager', () => {
  it('lists the reports that are due, overdue first', async () => {
    const overdue = (await marieke.get('/api/follow-ups/overdue')).body.items as Array<Record<string, any>>;
    expect(overdue[0]).toMatchObject({ moment: 1, overdue: true, counsellor: { userId: 'sanne' }, category: 'moving_costs' });
    expect((await sanne.get('/api/follow-ups/overdue')).status).toBe(403);
    expect((await daan.get('/api/follow-ups/overdue')).body.items).toEqual([]);
  });
});
