import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../domain/case/case.schema.js';
import { caseStates } from '../../domain/case/lifecycle.js';
import { caseFigures, sumFigures } from '../../domain/learning/figures.js';
import { getFigures } from '../../functions/learning/figures.repository.js';
import { keys } from '../../functions/storage/keys.js';
import { table } from '../../functions/storage/table.js';
import { aGrant, aRequest, aVote } from '../support/fixtures.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
const now = new Date();
const thisMonth = now.toISOString().slice(0, 7);
const wholeYear = { from: `${now.getUTCFullYear() - 1}-01`, to: `${now.getUTCFullYear() + 1}-12` };
const query = `?from=${wholeYear.from}&to=${wholeYear.to}`;

beforeAll(async () => {
  api = await startTestApi({ now });
});
afterAll(() => api.stop());

/** Every case of the demo fund, read through the byState index: what a recomputation starts from. */
async function allCases(fundId: string): Promise<Case[]> {
  const pages = await Promise.all(
    caseStates.map((state) =>
      api.store.db.send(
        new QueryCommand({
          TableName: api.store.table,
          IndexName: table.indexes.byState.name,
          KeyConditionExpression: 'GSI1PK = :pk',
          ExpressionAttributeValues: { ':pk': keys.queue(fundId, state) },
        }),
      ),
    ),
  );
  return pages.flatMap((p) => (p.Items ?? []) as Case[]);
}

describe('the learning picture', () => {
  it('equals a recomputation from every case, after the demo and one more decision', async () => {
    const [sanne, marieke] = [await api.as('sanne'), await api.as('marieke')];
    const before = (await marieke.get(`/api/learning${query}`)).body;
    const id = (await sanne.post('/api/cases', aRequest({ clientRef: 'LEARN-1' }))).body.case.id;
    await sanne.post(`/api/cases/${id}/submit`);
    await marieke.post(`/api/cases/${id}/screening`, { outcome: 'in' });
    await marieke.post(`/api/cases/${id}/deliberation`);
    for (const member of ['pieter', 'kees', 'anouk']) await (await api.as(member)).put(`/api/cases/${id}/votes/mine`, aVote());
    expect((await marieke.post(`/api/cases/${id}/decision`, aGrant(1_500_00))).status).toBe(200);

    const stored = await getFigures(api.store, 'amsterdam-demo', wholeYear);
    const recomputed = sumFigures((await allCases('amsterdam-demo')).map(caseFigures));
    expect(stored).toEqual(recomputed);

    const after = (await marieke.get(`/api/learning${query}`)).body;
    const rentArrears = (picture: any) => picture.byCategory.find((r: { category: string }) => r.category === 'rent_arrears');
    expect(after.leadTimes.decided).toBe(before.leadTimes.decided + 1);
    expect(rentArrears(after).granted).toBe(rentArrears(before).granted + 1);
    expect(rentArrears(after).grantedCents).toBe(rentArrears(before).grantedCents + 1_500_00);
    expect(after.rulesSetAside.cases).toBeGreaterThan(0);
    expect(after.lensesApart).toContainEqual(expect.objectContaining({ criterion: 'noAlternative', followed: 'humanity' }));
    expect(stored[thisMonth]).toBeDefined();
  });

  it('exports the same figures as CSV', async () => {
    const answer = await (await api.as('marieke')).send('GET', `/api/learning/export${query}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(answer.headers.get('content-disposition')).toContain('attachment');
    const lines = (answer.body as unknown as string).trim().split('\r\n');
    expect(lines[0]).toBe('table,row,measure,value');
    expect(lines.some((l) => /^rules_set_aside,all,cases,[1-9]/.test(l))).toBe(true);
  });

  it('is for the programme manager only, and for a valid period', async () => {
    expect((await (await api.as('sanne')).get(`/api/learning${query}`)).status).toBe(403);
    expect((await (await api.as('pieter')).get(`/api/learning${query}`)).status).toBe(403);
    const bad = await (await api.as('marieke')).get('/api/learning?from=2026-13&to=2026-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field)).toContain('query.from');
  });

  it('never shows another fund’s figures', async () => {
    const daan = await api.as('daan');
    const picture = (await daan.get(`/api/learning${query}`)).body;
    expect(picture.leadTimes.decided).toBe(0);
    expect(picture.requests.submitted).toBe(1);
  });
});
