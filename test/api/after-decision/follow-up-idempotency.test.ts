import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const report = { breakthrough: 'yes', domains: { housing: 'better', debts: 'better', income: 'same', work: 'same', wellbeing: 'better' }, lesson: 'Reken de nieuwe huur door vóór de aanvraag.' };

describe('a follow-up report sent again with the same Idempotency-Key', () => {
  it('is recorded once: the retry gets the first answer, not a correction', async () => {
    const sanne = await api.as('sanne');
    const id = (await sanne.get('/api/cases?limit=100')).body.items.find((c: { clientRef: string }) => c.clientRef === 'MZ-2026-0288').id; // moment 1 due
    const headers = { 'idempotency-key': 'report-0288-1' };
    const first = await sanne.put(`/api/cases/${id}/follow-up/1`, report, headers);
    const retry = await sanne.put(`/api/cases/${id}/follow-up/1`, report, headers);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const history = (await sanne.get(`/api/cases/${id}`)).body.history.map((h: { type: string }) => h.type);
    expect(history.filter((t: string) => t === 'follow_up_reported')).toHaveLength(1);
    expect(history).not.toContain('follow_up_corrected');
  });
});
