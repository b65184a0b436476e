import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientRefKey } from '../../domain/case/case-search.js';
import type { Case } from '../../domain/case/case.schema.js';
import type { Vote } from '../../domain/deliberation/vote.schema.js';
import { listEarlierClientCases } from '../../functions/case/case.repository.js';
import { listMyVotes } from '../../functions/deliberation/my-votes.repository.js';
import { listLibrary } from '../../functions/lessons/lesson.repository.js';
import type { LibraryLesson } from '../../domain/lessons/lesson.schema.js';
import { categories } from '../../domain/case/request.schema.js';
import { breakthroughResults } from '../../domain/follow-up/follow-up.schema.js';
import { caseIndexKeys, keys, memberIndexKeys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { allPages } from '../support/all-pages.js';
import { testStore } from '../support/test-store.js';
import { fileIn, people, withVotes } from '../domain/builders.js';

/**
 * Lists that grow with a fund's history come a page at a time: for any page size, paging to the
 * end gives exactly what the one long list holds, each item once, newest first.
 */
const organisations = ['org-west', 'org-zuid'];
const clientRefs = ['SHV-1', 'shv-1 ', 'MZ-3'];
const members = [people.kees, people.anouk];
const decided = fileIn('decided').case;
const voted = withVotes(fileIn('in_deliberation'), [[people.kees, 'grant']]).votes[0]!;

const caseArb = fc.record({
  organisationId: fc.constantFrom(...organisations),
  clientRef: fc.constantFrom(...clientRefs),
  minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  voter: fc.option(fc.constantFrom(...members), { nil: undefined }),
  conflict: fc.boolean(),
});

let store: Store;
let cases: Case[];
let votes: Vote[];
let lessons: LibraryLesson[];

async function putAll(items: Record<string, unknown>[]) {
  for (let i = 0; i < items.length; i += 25)
    await store.db.send(new BatchWriteCommand({ RequestItems: { [store.table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
}

beforeAll(async () => {
  store = await testStore();
  const drawn = fc.sample(caseArb, { numRuns: 120, seed: 20261203 });
  const at = (minute: number) => new Date(Date.parse('2026-06-01T00:00:00.000Z') + minute * 60_000).toISOString();
  cases = drawn.map((d, i) => {
    const createdAt = at(d.minute * 100 + i); // distinct moments
    return { ...decided, id: `case-${String(i).padStart(3, '0')}`, organisationId: d.organisationId, createdAt, request: { ...decided.request, clientRef: d.clientRef } };
  });
  votes = drawn.flatMap((d, i) => (d.voter && !d.conflict ? [{ ...voted, caseId: cases[i]!.id, member: { ...voted.member, userId: d.voter.userId }, castAt: at(d.minute * 100 + i + 50) }] : []));
  const conflicts = drawn.flatMap((d, i) =>
    d.voter && d.conflict
      ? [{ ...keys.conflict(cases[i]!.id, d.voter.userId), ...memberIndexKeys({ caseId: cases[i]!.id, member: d.voter }, at(i)), entity: 'conflict', caseId: cases[i]!.id }]
      : [],
  );
  lessons = fc.sample(
    fc.record({ category: fc.constantFrom(...categories.slice(0, 3)), breakthrough: fc.constantFrom(...breakthroughResults), side: fc.constantFrom('granted' as const, 'refused' as const), fundId: fc.constantFrom('fund-a', 'fund-b') }),
    { numRuns: 80, seed: 20261204 },
  ).map((l, i) => ({ ...l, id: `lesson-${String(i).padStart(3, '0')}`, monthsAfter: 3, text: 'Betaal de schuldeiser direct.', approvedAt: at(i) }));
  await putAll([
    ...lessons.map((l) => ({ ...keys.libraryLesson(l.fundId, l.category, l.breakthrough, l.id), entity: 'lesson', status: 'approved', ...l })),
    ...cases.map((kase) => ({ ...keys.case(kase.id), ...caseIndexKeys(kase), entity: 'case', ...kase })),
    ...votes.map((vote) => ({ ...keys.vote(vote.caseId, vote.member.userId), ...memberIndexKeys(vote, vote.castAt), entity: 'vote', ...vote })),
    ...conflicts,
  ]);
});

describe('earlier requests of a client', () => {
  it('pages through the requests of the same client started before this one, newest first', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 119 }), fc.integer({ min: 1, max: 7 }), async (index, limit) => {
        const kase = cases[index]!;
        const paged = await allPages((page) => listEarlierClientCases(store, kase, kase.request.clientRef!, page), limit);
        const expected = cases
          .filter((c) => c.organisationId === kase.organisationId && clientRefKey(c.request.clientRef!) === clientRefKey(kase.request.clientRef!) && c.createdAt < kase.createdAt)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        expect(paged.map((c) => c.id)).toEqual(expected.map((c) => c.id));
      }),
      { numRuns: 40 },
    );
  });
});

describe('my votes', () => {
  it('pages through every vote of the member, newest first, without their conflicts, each with its case', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...members), fc.integer({ min: 1, max: 9 }), async (member, limit) => {
        const paged = await allPages((page) => listMyVotes(store, member.userId, page), limit);
        const expected = votes.filter((v) => v.member.userId === member.userId).sort((a, b) => b.castAt.localeCompare(a.castAt));
        expect(paged.map(({ vote, kase }) => [vote.caseId, kase.id])).toEqual(expected.map((v) => [v.caseId, v.caseId]));
      }),
      { numRuns: 20 },
    );
  });
});

describe('the lessons library', () => {
  it('pages through exactly the lessons of the fund that the search asks for, by category, then outcome', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          category: fc.option(fc.constantFrom(...categories.slice(0, 3)), { nil: undefined }),
          outcome: fc.option(fc.constantFrom(...breakthroughResults), { nil: undefined }),
          side: fc.option(fc.constantFrom('granted', 'refused'), { nil: undefined }),
        }),
        fc.integer({ min: 1, max: 9 }),
        async (search, limit) => {
          const paged = await allPages((page) => listLibrary(store, 'fund-a', search, page), limit);
          const key = (l: LibraryLesson) => `${l.category}#${l.breakthrough}#${l.id}`;
          const expected = lessons
            .filter((l) => l.fundId === 'fund-a' && (!search.category || l.category === search.category) && (!search.outcome || l.breakthrough === search.outcome) && (!search.side || l.side === search.side))
            .sort((a, b) => key(a).localeCompare(key(b)));
          expect(paged.map((l) => l.id)).toEqual(expected.map((l) => l.id));
        },
      ),
      { numRuns: 30 },
    );
  });
});
