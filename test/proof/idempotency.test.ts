import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeList } from '../../functions/api/routes.js';
import { aRequest } from '../support/fixtures.js';
import { expectedStatus, callers } from './authorization-matrix.js';
import { allItems, startProofApi, type ProofApi } from './support/proof-api.js';
import { fixture, OWNER, scenarios } from './support/scenarios.js';

/** Retried requests do not act twice: every route flagged `idempotent` in the route table, and the edge cases of the key. */
let api: ProofApi;
beforeAll(async () => {
  api = await startProofApi();
}, 120_000);
afterAll(() => api.stop());

const idempotentRoutes = routeList.filter((r) => r.idempotent);
const withKey = (key: string) => ({ 'idempotency-key': key });

/** The matrix's first caller that succeeds on the route: who would send it. */
function userFor(operationId: string): string {
  const row = expectedStatus[operationId]!;
  const caller = callers[row.findIndex((s) => s < 300)];
  return ({ owner: OWNER, otherOrg: 'sanne', panel: 'kees', ownOrg: 'pieter', conflict: 'anouk', manager: 'marieke', otherFund: 'daan' } as Record<string, string>)[caller!]!;
}

describe('an Idempotency-Key makes a retry return the first answer', () => {
  it('is honoured by the routes that create a case or move it on', () => {
    expect(idempotentRoutes.map((r) => r.operationId)).toEqual(expect.arrayContaining(['createCase', 'submitCase']));
  });

  // No fresh case has a follow-up moment open (the first opens months after the decision): that
  // route's retry is proven on a seeded case in test/api/after-decision/follow-up-idempotency.test.ts.
  for (const route of idempotentRoutes.filter((r) => r.operationId !== 'reportFollowUp')) {
    it(`${route.operationId}: a repeat answers the same and changes nothing; another request with the key is a 422`, async () => {
      const scenario = scenarios[route.operationId];
      expect(scenario, `no scenario for ${route.operationId} in test/proof/support/scenarios.ts`).toBeDefined();
      const f = await fixture(api, scenario!.state, scenario!.needs);
      const token = await api.tokenOf(userFor(route.operationId));
      const call = { ...scenario!.request(f, { fundId: 'amsterdam-demo' }), headers: withKey(randomUUID()) };

      const first = await api.call(token, call);
      expect(first.status, first.text).toBeLessThan(300);
      const after = await allItems(api.store);
      const repeat = await api.call(token, call);
      expect(repeat.status).toBe(first.status);
      expect(repeat.body).toEqual(first.body);
      expect(repeat.headers.get('idempotent-replayed')).toBe('true');
      expect(await allItems(api.store)).toEqual(after);

      // Another case, or (for a new case) another request text: the key is taken.
      const otherFixture = scenario!.state === 'none' ? f : await fixture(api, scenario!.state, scenario!.needs);
      const other = await api.call(token, { ...scenario!.request(otherFixture, { fundId: 'amsterdam-demo' }), headers: call.headers });
      expect(other.status, other.text).toBe(422);
      expect(other.body.error.code).toBe('idempotency_key_reused');
    });
  }

  it('two identical creates at once make one case', async () => {
    const token = await api.tokenOf('sanne');
    const call = { method: 'POST', path: '/api/cases', body: aRequest({ clientRef: 'TWEE-TEGELIJK' }), headers: withKey(randomUUID()) };
    const answers = await Promise.all([api.call(token, call), api.call(token, call), api.call(token, call)]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.case.id)).size).toBe(1);
    const cases = (await allItems(api.store)).filter((i) => i.entity === 'case' && (i.request as { clientRef: string }).clientRef === 'TWEE-TEGELIJK');
    expect(cases).toHaveLength(1);
  });

  it('keeps keys apart per user: the same key from a colleague is a new request', async () => {
    const key = withKey(randomUUID());
    const a = await api.call(await api.tokenOf('sanne'), { method: 'POST', path: '/api/cases', body: aRequest({ clientRef: 'SLEUTEL-1' }), headers: key });
    const b = await api.call(await api.tokenOf('youssef'), { method: 'POST', path: '/api/cases', body: aRequest({ clientRef: 'SLEUTEL-1' }), headers: key });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.case.id).not.toBe(b.body.case.id);
  });

  it('names the header when the key is not usable', async () => {
    const answer = await api.call(await api.tokenOf('sanne'), { method: 'POST', path: '/api/cases', body: aRequest(), headers: withKey('a b') });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields[0].field).toBe('header.idempotency-key');
  });

  it('without a key, a repeat acts again (the client chose not to ask for it)', async () => {
    const token = await api.tokenOf('sanne');
    const call = { method: 'POST', path: '/api/cases', body: aRequest({ clientRef: 'ZONDER-SLEUTEL' }) };
    const [a, b] = [await api.call(token, call), await api.call(token, call)];
    expect(a.body.case.id).not.toBe(b.body.case.id);
  });
});
