import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/people/actor.schema.js';
import { actorOfUser } from '../../domain/people/user.schema.js';
import { routeList } from '../../functions/api/routes.js';
import { demoUser } from '../../functions/local/demo/demo-funds.js';
import { callers, expectationFor, type Caller } from './authorization-matrix.js';
import { allItems, startProofApi, type Answer, type ProofApi } from './support/proof-api.js';
import { fixture, OWNER, scenarios, type Fixture } from './support/scenarios.js';

let api: ProofApi;
/** Case ids of each fund, to find any that shows up in another fund's answer. */
let caseIdsByFund: Map<string, string[]>;

beforeAll(async () => {
  api = await startProofApi();
  caseIdsByFund = new Map();
  for (const item of await allItems(api.store)) {
    if (item.entity !== 'case') continue;
    const fund = String(item.fundId);
    caseIdsByFund.set(fund, [...(caseIdsByFund.get(fund) ?? []), String(item.id)]);
  }
}, 120_000);
afterAll(() => api.stop());

const userOf: Partial<Record<Caller, string>> = {
  owner: OWNER, otherOrg: 'sanne', panel: 'kees', ownOrg: 'pieter', conflict: 'anouk', manager: 'marieke', otherFund: 'daan',
};
const actorOf = (userId: string): Actor => actorOfUser(demoUser(userId));

async function tokenFor(caller: Caller): Promise<string | undefined> {
  const user = userOf[caller];
  if (user) return api.tokenOf(user);
  switch (caller) {
    case 'anonymous': return undefined;
    case 'expired': return api.forged.expired(actorOf('marieke'));
    case 'otherKey': return api.forged.otherKey(actorOf('marieke'));
    case 'algNone': return api.forged.algNone(actorOf('marieke'));
    default: return api.forged.alteredClaims(await api.tokenOf('sanne'), { 'cognito:groups': ['programme_manager'] });
  }
}

const fundOfCaller = (caller: Caller) => (caller === 'otherFund' ? 'jongeren-demo' : 'amsterdam-demo');

/** Every `fundId` anywhere in the answer. */
function fundIdsIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => fundIdsIn(v, found));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'fundId' && typeof v === 'string') found.add(v);
      else fundIdsIn(v, found);
    }
  return found;
}

/** What the answer must not show this caller: data of another fund, and others' votes or comments before their own vote. */
function leaks(caller: Caller, operationId: string, f: Fixture, answer: Answer): string[] {
  const problems: string[] = [];
  const ownFund = fundOfCaller(caller);
  const otherFund = ownFund === 'amsterdam-demo' ? 'jongeren-demo' : 'amsterdam-demo';
  const foreign = [otherFund, ...(caseIdsByFund.get(otherFund) ?? []), ...(otherFund === 'amsterdam-demo' ? [f.caseId] : [])];
  for (const word of foreign) if (word !== 'no-such-case' && answer.text.includes(word)) problems.push(`shows "${word}" of fund ${otherFund}`);
  for (const fund of fundIdsIn(answer.body)) if (fund !== ownFund && !['health', 'openApi'].includes(operationId)) problems.push(`shows fundId ${fund}`);

  const votedNow = caller === 'panel' && operationId === 'castVote' && answer.status === 200;
  if (caller !== 'manager' && !votedNow)
    for (const [member, words] of Object.entries(f.secrets))
      for (const word of words) if (answer.text.includes(word)) problems.push(`shows ${member}'s vote or comment ("${word}")`);
  return problems;
}

describe('the authorisation matrix: every route × every caller', () => {
  it('has an expected answer for every route in the route table', () => {
    const missing = routeList.filter((r) => !scenarios[r.operationId] || expectationFor(r.operationId, 'owner') === undefined);
    expect(missing.map((r) => `${r.operationId} (${r.method} ${r.path}): add a row to authorization-matrix.ts and a scenario to support/scenarios.ts`)).toEqual([]);
  });

  for (const route of routeList) {
    it(`${route.operationId}: ${route.method} ${route.path}`, async () => {
      const scenario = scenarios[route.operationId];
      expect(scenario, `no scenario for ${route.operationId} in test/proof/support/scenarios.ts`).toBeDefined();
      expect(expectationFor(route.operationId, 'owner'), `no row for ${route.operationId} in test/proof/authorization-matrix.ts`).toBeDefined();
      // The callers with an unusable token share one case: nothing of theirs may change it.
      const shared = await fixture(api, scenario!.state, scenario!.needs);
      const mismatches = await Promise.all(
        callers.map(async (caller) => {
          const f = userOf[caller] ? await fixture(api, scenario!.state, scenario!.needs) : shared;
          const answer = await api.call(await tokenFor(caller), scenario!.request(f, { fundId: fundOfCaller(caller) }));
          const expected = expectationFor(route.operationId, caller);
          const problems = leaks(caller, route.operationId, f, answer);
          if (answer.status !== expected) problems.unshift(`answered ${answer.status}, expected ${expected}: ${answer.text.slice(0, 200)}`);
          return problems.map((p) => `${route.operationId} × ${caller}: ${p}`);
        }),
      );
      expect(mismatches.flat()).toEqual([]);
    }, 60_000);
  }
});
