import { DeleteCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../domain/case/case.schema.js';
import { categories } from '../../domain/case/request.schema.js';
import { breakthroughResults, type BreakthroughResult, type FollowUpMoment } from '../../domain/follow-up/follow-up.schema.js';
import { PURGED } from '../../domain/retention/purge.js';
import { listFollowUpReports } from '../../functions/follow-up/report-list.repository.js';
import { seedDemo } from '../../functions/local/demo/seed.js';
import { reindexCases } from '../../functions/storage/ensure-table.js';
import { caseIndexKeys, keys } from '../../functions/storage/keys.js';
import { reportListItems } from '../../functions/storage/report-list.writer.js';
import type { Store } from '../../functions/storage/store.js';
import { fileIn, people } from '../domain/builders.js';
import { allPages } from '../support/all-pages.js';
import { testStore } from '../support/test-store.js';

/**
 * The manager's list of recent follow-up reports: each report is listed in the same transaction as
 * the report itself, in four lists (all, its category, its outcome, both), so for any filter and
 * page size, paging to the end gives exactly the reports that match, newest first, each once, with
 * the lesson read from the case, or marked as purged.
 */
const FUND = fileIn('decided').case.fundId;
const usedCategories = categories.slice(0, 3);
const decided = fileIn('decided').case;
const T = Date.parse('2026-03-01T00:00:00.000Z');
const at = (minute: number) => new Date(T + minute * 60_000).toISOString();

const caseArb = fc.record({
  category: fc.constantFrom(...usedCategories),
  reported: fc.array(fc.record({ breakthrough: fc.constantFrom(...breakthroughResults), minute: fc.integer({ min: 0, max: 500 }) }), { maxLength: 2 }),
  /** The first report corrected by its author, perhaps to another outcome. */
  correctedTo: fc.option(fc.constantFrom(...breakthroughResults), { nil: undefined }),
  purged: fc.boolean(),
  otherFund: fc.boolean(),
});

let store: Store;
const written: Case[] = [];
let missing: string;

type Drawn = typeof caseArb extends fc.Arbitrary<infer R> ? R : never;

function caseOf(i: number, d: Drawn, corrected: boolean): Case {
  const moments: FollowUpMoment[] = [3, 12].map((monthsAfter, m) => {
    const r = d.reported[m];
    const base = { monthsAfter, dueAt: at(1000 + m) };
    if (!r) return base;
    const breakthrough: BreakthroughResult = corrected && m === 0 && d.correctedTo ? d.correctedTo : r.breakthrough;
    const minute = m === 0 ? r.minute : r.minute + 600; // the second moment after the first
    return {
      ...base,
      breakthrough,
      domains: { housing: 'better', debts: 'same', income: 'same', work: 'worse', wellbeing: 'better' },
      lesson: d.purged ? PURGED : `Les ${i}.${m + 1}${corrected ? ' (verbeterd)' : ''}`,
      reportedAt: at(minute),
      reportedBy: { userId: people.sanne.userId, name: people.sanne.name, role: 'counsellor' },
      ...(corrected && m === 0 ? { correctedAt: at(minute + 5) } : {}),
      lessonId: `lesson-${i}-${m}`,
    };
  });
  return {
    ...decided,
    id: `case-${String(i).padStart(3, '0')}`,
    fundId: d.otherFund ? 'other-fund' : FUND,
    state: 'follow_up',
    request: { ...decided.request, category: d.category },
    followUp: { startedAt: at(0), moments },
    ...(d.purged ? { retention: { purgeAfter: at(2000), purgedAt: at(2000) } } : {}),
  };
}

/** The case and its list entries in one transaction, as the case writer does. */
async function write(kase: Case, previous: Case | null) {
  await store.db.send(
    new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: store.table, Item: { ...keys.case(kase.id), ...caseIndexKeys(kase), entity: 'case', ...kase } } },
        ...reportListItems(store.table, previous, kase),
      ],
    }),
  );
}

/** Every report of the fund's cases still there, as the list should show it, in the list's order. */
function expectedReports(filter: { category?: string | undefined; breakthrough?: string | undefined }) {
  return written
    .filter((c) => c.fundId === FUND && c.id !== missing)
    .flatMap((c) =>
      c.followUp!.moments.flatMap((m, i) =>
        m.reportedAt && (!filter.category || c.request.category === filter.category) && (!filter.breakthrough || m.breakthrough === filter.breakthrough)
          ? [{ key: `${m.reportedAt}#${c.id}#${i + 1}`, caseId: c.id, moment: i + 1, breakthrough: m.breakthrough, lesson: c.retention?.purgedAt ? undefined : m.lesson, purged: !!c.retention?.purgedAt }]
          : [],
      ),
    )
    .sort((a, b) => b.key.localeCompare(a.key))
    .map(({ key: _key, ...rest }) => rest);
}

beforeAll(async () => {
  store = await testStore();
  const drawn = fc.sample(caseArb, { numRuns: 60, seed: 20261202 });
  for (const [i, d] of drawn.entries()) {
    const original = caseOf(i, d, false);
    await write(original, null);
    written.push(original);
    if (d.correctedTo && d.reported.length > 0) {
      const corrected = caseOf(i, d, true);
      await write(corrected, original);
      written[i] = corrected;
    }
  }
  // A case whose item is gone (none is deleted after submission today): its entries are left out of the list.
  missing = written.find((c) => c.fundId === FUND && c.followUp!.moments[0]!.reportedAt)!.id;
  await store.db.send(new DeleteCommand({ TableName: store.table, Key: keys.case(missing) }));
}, 60_000);

describe('the list of recent follow-up reports', () => {
  it('pages through exactly the reports the filter asks for, newest first, each once, with the lesson or marked purged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          category: fc.option(fc.constantFrom(...usedCategories), { nil: undefined }),
          breakthrough: fc.option(fc.constantFrom(...breakthroughResults), { nil: undefined }),
        }),
        fc.integer({ min: 1, max: 9 }),
        async (filter, limit) => {
          const paged = await allPages((page) => listFollowUpReports(store, FUND, filter, page), limit);
          expect(expectedReports({}).length).toBeGreaterThan(20);
          expect(paged.map((r) => ({ caseId: r.caseId, moment: r.moment, breakthrough: r.breakthrough, lesson: r.lesson, purged: r.purged }))).toEqual(
            expectedReports(filter),
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('lists a corrected report once, under its corrected outcome only', async () => {
    const corrected = written.find((c) => c.fundId === FUND && c.id !== missing && c.followUp!.moments[0]!.correctedAt);
    expect(corrected).toBeDefined();
    const outcome = corrected!.followUp!.moments[0]!.breakthrough!;
    for (const b of breakthroughResults) {
      const listed = (await allPages((page) => listFollowUpReports(store, FUND, { breakthrough: b }, page), 100)).filter(
        (r) => r.caseId === corrected!.id && r.moment === 1,
      );
      expect(listed.map((r) => r.correctedAt !== undefined)).toEqual(b === outcome ? [true] : []);
    }
  });

  it('gives reports written before the list existed their entries when the cases are indexed again', async () => {
    const fresh = await testStore();
    await fresh.db.send(new PutCommand({ TableName: fresh.table, Item: { ...keys.fund(FUND), id: FUND } }));
    const kase = written.find((c) => c.fundId === FUND && c.id !== missing && c.followUp!.moments[0]!.reportedAt)!;
    await fresh.db.send(new PutCommand({ TableName: fresh.table, Item: { ...keys.case(kase.id), ...caseIndexKeys(kase), entity: 'case', ...kase } }));
    expect((await listFollowUpReports(fresh, FUND, {}, { limit: 10 })).items).toEqual([]);
    await reindexCases(fresh);
    await reindexCases(fresh); // twice does no harm
    const listed = await listFollowUpReports(fresh, FUND, { category: kase.request.category }, { limit: 10 });
    expect(listed.items.map((r) => r.moment)).toEqual(kase.followUp!.moments.flatMap((m, i) => (m.reportedAt ? [i + 1] : [])).reverse());
  });

  it("lists the demo's reports, also when the demo was seeded before reports were listed", async () => {
    const demo = await testStore();
    expect(await seedDemo(demo, new Date())).toBe('seeded');
    const seeded = (await listFollowUpReports(demo, 'amsterdam-demo', {}, { limit: 100 })).items;
    expect(seeded.length).toBeGreaterThanOrEqual(4);
    // As a data directory of an earlier version holds it: the reports, without their list entries.
    const all = keys.reportList('amsterdam-demo');
    const entries = await demo.db.send(new QueryCommand({ TableName: demo.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': all } }));
    for (const item of entries.Items ?? []) await demo.db.send(new DeleteCommand({ TableName: demo.table, Key: keys.reportEntry(all, item.reportedAt, item.caseId, item.moment) }));
    expect((await listFollowUpReports(demo, 'amsterdam-demo', {}, { limit: 100 })).items).toEqual([]);
    expect(await seedDemo(demo, new Date())).toBe('already-seeded');
    expect(await listFollowUpReports(demo, 'amsterdam-demo', {}, { limit: 100 })).toEqual({ items: seeded });
  }, 60_000);
});
