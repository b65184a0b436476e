import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identifyingKinds, identifyingReasons } from '../../domain/privacy/identifying-data.js';
import type { Route } from '../../functions/api/route.js';
import { routeList } from '../../functions/api/routes.js';
import { identifyingTexts, inSentence } from '../domain/privacy/identifying-texts.js';
import { allItems, restoreItems, startProofApi, type ProofApi } from './support/proof-api.js';
import { fixture, OWNER, scenarios } from './support/scenarios.js';
import { restoreFunds, seedPeople } from './support/seed-people.js';

/**
 * Every free-text field of every write route, found from its body schema, is sent each kind of
 * identifying data, written as the detector's generators write it: each request is refused with
 * the field and the kind named, and the table is left exactly as it was.
 */
const SEED = 20261201;
const PROBE = 'BSN 111222333 staat op de brief.';

type Path = (string | number)[];
interface FreeTextField {
  path: Path;
  /** Properties a branch of a union needs to reach this field (a screening `out` for its reason). */
  branch: Array<{ path: Path; value: unknown }>;
}

/** Every string in the body's JSON schema that is not a fixed choice, with the branch that leads to it. */
function stringFields(schema: any, path: Path = [], branch: FreeTextField['branch'] = []): FreeTextField[] {
  if (!schema || typeof schema !== 'object') return [];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.flatMap((alt: any) => stringFields(alt, path, branch));
  if (schema.type === 'object' || schema.properties) {
    const props = Object.entries<any>(schema.properties ?? {});
    const fixed = props.filter(([, p]) => p.const !== undefined).map(([k, p]) => ({ path: [...path, k], value: p.const }));
    const inner = props.filter(([, p]) => p.const === undefined).flatMap(([k, p]) => stringFields(p, [...path, k], [...branch, ...fixed]));
    const record = typeof schema.additionalProperties === 'object' ? stringFields(schema.additionalProperties, [...path, schema.propertyNames?.enum?.[0] ?? 'note'], branch) : [];
    return [...inner, ...record];
  }
  if (schema.type === 'array') return stringFields(schema.items, [...path, 0], branch);
  if (schema.type === 'string' && !schema.enum && schema.format === undefined) return [{ path, branch }];
  return [];
}

function withValue(body: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  const container: any = typeof key === 'number' ? [...(Array.isArray(body) ? body : [])] : { ...(body && typeof body === 'object' ? body : {}) };
  container[key!] = withValue(container[key!], rest, value);
  return container;
}

const bodyWith = (valid: unknown, field: FreeTextField, text: string) =>
  withValue(field.branch.reduce((b, fixed) => withValue(b, fixed.path, fixed.value), valid), field.path, text);

/** The fields where the body schema itself refuses identifying data: the free text the fund could store. */
function freeTextFields(route: Route, valid: unknown): FreeTextField[] {
  const json = z.toJSONSchema(route.body!, { io: 'input', unrepresentable: 'any' });
  return stringFields(json).filter((field) => {
    const parsed = route.body!.safeParse(bodyWith(valid, field, PROBE));
    return !parsed.success && parsed.error.issues.some((i: any) => isDeepStrictEqual(i.path, field.path) && i.params?.reason === identifyingReasons.bsn);
  });
}

let api: ProofApi;
let baseline: Record<string, unknown>[];
const checked: string[] = [];

beforeAll(async () => {
  api = await startProofApi({ seed: false });
  await seedPeople(api.store);
  baseline = await allItems(api.store);
});
afterAll(() => api.stop());

const writeRoutes = routeList.filter((r) => r.body && r.method !== 'GET');

describe('identifying data in any free-text field of any write route', () => {
  for (const route of writeRoutes) {
    it(`${route.operationId}: each kind in each free-text field is refused at the field, and nothing is written`, async () => {
      const scenario = scenarios[route.operationId];
      expect(scenario, `${route.operationId} has no scenario in test/proof/support/scenarios.ts`).toBeDefined();
      const f = await fixture(api, scenario!.state, scenario!.needs);
      const valid = scenario!.request(f, { fundId: 'amsterdam-demo' });
      const fields = freeTextFields(route, valid.body);
      const user = route.roles === 'public' ? 'marieke' : ({ counsellor: OWNER, programme_manager: 'marieke', panel_member: 'kees' } as const)[route.roles[0]!];
      const token = await api.tokenOf(user);
      const before = await allItems(api.store);
      let seed = SEED;
      for (const field of fields) {
        for (const kind of identifyingKinds) {
          const [text] = fc.sample(inSentence(identifyingTexts[kind]), { numRuns: 1, seed: seed++ });
          const answer = await api.call(token, { ...valid, body: bodyWith(valid.body, field, text!) });
          const name = `body.${field.path.join('.')}`;
          const where = `${route.operationId} ${name} ← ${JSON.stringify(text)}`;
          expect(answer.status, where).toBe(400);
          expect(answer.body.error.fields, where).toContainEqual(expect.objectContaining({ field: name, reason: identifyingReasons[kind] }));
          expect(isDeepStrictEqual(await allItems(api.store), before), `${where}: refused but the table changed`).toBe(true);
          checked.push(`${route.operationId} ${name}`);
        }
      }
      await restoreItems(api.store, baseline);
      await restoreFunds(api.store);
    }, 300_000);
  }

  it('covered the free text of the request, the panel, the decision, the payment and the follow-up', () => {
    const fields = new Set(checked);
    for (const name of ['createCase body.breakthrough', 'editDraft body.household.situation', 'createCase body.clientRef', 'recordPayment body.payee.reference', 'recordDecision body.reasoning', 'castVote body.criteria.stability.rules.note', 'askQuestion body.text', 'reportFollowUp body.lesson', 'screenCase body.reason'])
      expect([...fields], name).toContain(name);
    console.info(`identifying data: ${fields.size} free-text fields of write routes × ${identifyingKinds.length} kinds = ${checked.length} refused requests`);
  });
});
