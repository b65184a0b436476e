import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchesSearch, type CaseSearch } from '../../domain/case/case-search.js';
import type { Case } from '../../domain/case/case.schema.js';
import type { CaseState } from '../../domain/case/lifecycle.js';
import { categories } from '../../domain/case/request.schema.js';
import { searchCases, type ArchiveScope } from '../../functions/case/case.repository.js';
import { caseIndexKeys, keys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { testStore } from '../support/test-store.js';
import { fileIn } from '../domain/builders.js';

/**
 * The archive against the domain's rule: for any search, paging through every page gives exactly
 * the cases in scope that `matchesSearch` accepts, each once, newest first, whichever index serves it.
 */
const states = ['draft', 'submitted', 'screened', 'screened_out', 'in_deliberation', 'awaiting_answer', 'decided', 'withdrawn'] as const satisfies readonly CaseState[];
const funds = ['fund-a', 'fund-b'];
const organisations = ['org-west', 'org-zuid', 'org-noord'];
const clientRefs = ['SHV-1', 'shv-2', 'MZ-3'];
const days = ['2026-09-30', '2026-10-01', '2026-10-15', '2026-10-31', '2026-11-01', '2026-11-20'];
const templates = Object.fromEntries(states.map((s) => [s, fileIn(s).case])) as Record<CaseState, Case>;

const caseArb = fc
  .record({
    state: fc.constantFrom(...states),
    fundId: fc.constantFrom(...funds),
    organisationId: fc.constantFrom(...organisations),
    category: fc.constantFrom(...categories.slice(0, 3)),
    urgent: fc.boolean(),
    clientRef: fc.constantFrom(...clientRefs, ` ${clientRefs[0]!.toLowerCase()} `),
    day: fc.constantFrom(...days),
    hour: fc.integer({ min: 10, max: 23 }),
  })
  .map(({ state, fundId, organisationId, category, urgent, clientRef, day, hour }, ): Omit<Case, 'id'> => {
    const template = templates[state];
    const createdAt = `${day}T0${hour % 10}:00:00.000Z`;
    const submittedAt = template.submittedAt ? `${day}T${hour}:00:00.000Z` : undefined;
    return {
      ...template,
      fundId,
      organisationId,
      createdAt,
      submittedAt,
      request: { ...template.request, category, clientRef, urgency: urgent ? { urgent, hardDate: '2026-12-20', reason: 'Afsluiting.' } : { urgent } },
    };
  });

let store: Store;
let cases: Case[];

beforeAll(async () => {
  store = await testStore();
  cases = fc.sample(caseArb, { numRuns: 360, seed: 20261202 }).map((c, i) => ({ ...c, id: `case-${String(i).padStart(3, '0')}` }));
  for (let i = 0; i < cases.length; i += 25) {
    const puts = cases.slice(i, i + 25).map((kase) => ({ PutRequest: { Item: { ...keys.case(kase.id), ...caseIndexKeys(kase), entity: 'case', ...kase } } }));
    await store.db.send(new BatchWriteCommand({ RequestItems: { [store.table]: puts } }));
  }
});

/** Each field left out more often than not, so that many searches match more than a page. */
const sometimes = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const searchArb: fc.Arbitrary<CaseSearch> = fc
  .record({
    state: sometimes(fc.constantFrom(...states)),
    category: sometimes(fc.constantFrom(...categories.slice(0, 3))),
    urgency: sometimes(fc.constantFrom('urgent' as const, 'not_urgent' as const)),
    from: sometimes(fc.constantFrom(...days)),
    to: sometimes(fc.constantFrom(...days)),
    clientRef: sometimes(fc.constantFrom(...clientRefs, 'SHV-1 ')),
  })
  .map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as CaseSearch)
  .filter((s) => !s.from || !s.to || s.from <= s.to);

const scopeArb: fc.Arbitrary<ArchiveScope> = fc.oneof(
  // The manager: the fund's submitted cases, optionally of one organisation.
  fc.record({ fundId: fc.constantFrom(...funds), organisationId: sometimes(fc.constantFrom(...organisations)), drafts: fc.constant(false) }),
  // A counsellor: their organisation's cases, drafts included.
  fc.record({ fundId: fc.constantFrom(...funds), organisationId: fc.constantFrom(...organisations), drafts: fc.constant(true) }),
);

/** Newest first in the index that serves the scope: by submission for the whole fund, by creation within an organisation. */
const orderOf = (scope: ArchiveScope) => (kase: Case) => `${scope.organisationId ? kase.createdAt : kase.submittedAt!}#${kase.id}`;

async function everyPage(scope: ArchiveScope, search: CaseSearch, limit: number): Promise<Case[]> {
  const found: Case[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await searchCases(store, scope, search, { limit, ...(cursor ? { cursor } : {}) });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    found.push(...page.items);
    cursor = page.cursor;
    if (!cursor) return found;
  }
  throw new Error('the archive did not come to an end in 1000 pages');
}

describe('the case archive', () => {
  it('pages through exactly the cases in scope that the search matches, each once, newest first', async () => {
    await fc.assert(
      fc.asyncProperty(scopeArb, searchArb, fc.integer({ min: 1, max: 12 }), async (scope, search, limit) => {
        const order = orderOf(scope);
        const expected = cases
          .filter((c) => c.fundId === scope.fundId && (!scope.organisationId || c.organisationId === scope.organisationId))
          .filter((c) => (scope.drafts || c.state !== 'draft') && (scope.organisationId || c.submittedAt) && matchesSearch(c, search))
          .sort((a, b) => order(b).localeCompare(order(a)))
          .map((c) => c.id);
        const found = (await everyPage(scope, search, limit)).map((c) => c.id);
        expect(found).toEqual(expected);
      }),
      // A page that fills up in the middle of what one Query read, and goes on after it.
      { numRuns: 60, examples: [[{ fundId: 'fund-a', drafts: false }, { category: categories[0] }, 5]] },
    );
  });

  it('never shows the manager a draft, nor a request withdrawn before it was submitted', async () => {
    const found = await everyPage({ fundId: 'fund-a', drafts: false }, {}, 100);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.submittedAt !== undefined)).toBe(true);
  });

  it('finds a client whatever the capitals or spaces around the reference', async () => {
    const scope = { fundId: 'fund-a', organisationId: 'org-west', drafts: true };
    const exact = await everyPage(scope, { clientRef: 'SHV-1' }, 50);
    expect(exact.length).toBeGreaterThan(1);
    expect(await everyPage(scope, { clientRef: ' shv-1 ' }, 50)).toEqual(exact);
  });
});
