import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '../../functions/api/route.js';
import { routeList } from '../../functions/api/routes.js';
import { fuzzCalls } from './support/fuzz-requests.js';
import { allItems, restoreItems, startProofApi, type Answer, type Call, type ProofApi } from './support/proof-api.js';
import { fixture, OWNER, scenarios } from './support/scenarios.js';
import { restoreFunds, seedPeople } from './support/seed-people.js';

/** Requests in the whole run; CI keeps the default. Set PROOF_FUZZ_REQUESTS to go further. */
const TOTAL = Number(process.env.PROOF_FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.PROOF_FUZZ_SEED ?? 20261123);
const perRoute = Math.ceil(TOTAL / routeList.length);

let api: ProofApi;
let sent = 0;
/** The funds and users only: each route is fuzzed from here, so the table stays small and quick to compare. */
let baseline: Record<string, unknown>[];

beforeAll(async () => {
  api = await startProofApi({ seed: false });
  await seedPeople(api.store);
  baseline = await allItems(api.store);
});
afterAll(() => api.stop());

/** Whoever may call the route, so that fuzzed requests get past the token check to the parsing and the rules. */
function authorisedUser(route: Route): string {
  if (route.roles === 'public') return 'marieke';
  const byRole = { counsellor: OWNER, programme_manager: 'marieke', panel_member: 'kees' } as const;
  return byRole[route.roles[0]!];
}

/** A request with a placeholder for each path parameter, for a route that has no scenario yet. */
const placeholderCall = (route: Route): Call => ({ method: route.method, path: route.path.replace(/\{(\w+)\}/g, (_, n: string) => (n === 'moment' ? '1' : 'x')), body: {} });

/** What is wrong with an answer, if anything: a 5xx, or a 4xx that does not name the problem. */
function badAnswer(answer: Answer): string | undefined {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.status < 400) return undefined;
  const error = answer.body?.error;
  if (typeof error?.code !== 'string' || error.code === '' || typeof error.message !== 'string' || error.message === '')
    return `answered ${answer.status} without an error code and message: ${answer.text.slice(0, 200)}`;
  if (error.code === 'validation' && !(Array.isArray(error.fields) && error.fields.length > 0 && error.fields.every((f: any) => f.field && f.message)))
    return `answered a validation error without naming the fields: ${answer.text.slice(0, 200)}`;
  return undefined;
}

describe(`fuzzing every route (${TOTAL} requests, seed ${SEED})`, () => {
  for (const route of routeList) {
    it(`${route.operationId}: never a 5xx, every 4xx names the problem, a rejected request changes nothing`, async () => {
      const scenario = scenarios[route.operationId];
      const user = authorisedUser(route);
      const token = await api.tokenOf(user);
      const f = scenario ? await fixture(api, scenario.state, scenario.needs) : undefined;
      const valid = scenario && f ? scenario.request(f, { fundId: 'amsterdam-demo' }) : placeholderCall(route);
      let before = await allItems(api.store);

      const run = await fc.check(
        fc.asyncProperty(fuzzCalls(route, valid), async ({ call, withToken }) => {
          const answer = await api.call(withToken ? token : undefined, call);
          sent++;
          const problem = badAnswer(answer);
          const request = `${call.method} ${call.path.slice(0, 150)} ${call.raw?.slice(0, 150) ?? ''}`;
          if (problem) throw new Error(`${request}: ${problem}`);
          const after = await allItems(api.store);
          if (answer.status >= 400 && !isDeepStrictEqual(after, before)) throw new Error(`${request}: rejected (${answer.status}) but changed the table`);
          before = after;
        }),
        { numRuns: perRoute, seed: SEED, endOnFailure: true },
      );
      await restoreItems(api.store, baseline);
      await restoreFunds(api.store);
      // Only the first failure, briefly: fast-check's own report prints the whole (very long) request.
      expect(run.failed ? String((run.errorInstance as Error).message).slice(0, 600) : 'passed').toBe('passed');
    }, 300_000);
  }

  it(`sent at least ${TOTAL} requests`, () => expect(sent).toBeGreaterThanOrEqual(TOTAL));
});
