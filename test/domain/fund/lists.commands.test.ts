import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundSchema } from '../../../domain/fund/fund.schema.js';
import { codeOf, fundListsSchema, updateFundLists, type FundLists } from '../../../domain/fund/lists.commands.js';
import { demoFunds } from '../../../functions/local/demo/demo-funds.js';

const fund = demoFunds[0]!;
/** The fund's lists as the manager's form sends them back untouched. */
const unchanged = (): FundLists => ({
  organisations: fund.organisations.map(({ id, name }) => ({ id, name })),
  disciplines: fund.settings.disciplines.map((id) => ({ id })),
});
const updated = (lists: FundLists) => {
  const result = updateFundLists(fund, fundListsSchema.parse(lists));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.fund;
};
const problemsOf = (lists: FundLists) => {
  const result = updateFundLists(fund, lists);
  return result.ok ? [] : result.problems.map((p) => ({ field: p.field, reason: p.reason }));
};

describe("the fund's organisations and disciplines", () => {
  it('come back the same when sent back unchanged', () => {
    expect(updated(unchanged())).toEqual(fund);
  });

  it('rename an organisation under its id, and give a new one an id made from its name', () => {
    const lists = unchanged();
    lists.organisations[0] = { id: 'madi-zuid', name: 'Madi Amsterdam-Zuid' };
    lists.organisations.push({ name: 'Stichting Één & Ander' });
    const after = updated(lists);
    expect(after.organisations[0]).toEqual({ id: 'madi-zuid', name: 'Madi Amsterdam-Zuid' });
    expect(after.organisations.at(-1)).toEqual({ id: 'stichting-een-ander', name: 'Stichting Één & Ander' });
    expect(fundSchema.safeParse(after).success).toBe(true);
  });

  it("keep a retired discipline's name, but no longer count it among those in use", () => {
    const lists = unchanged();
    lists.disciplines = lists.disciplines.map((d) => (d.id === 'legal' ? { id: 'legal', name: 'Recht', inactive: true } : d));
    lists.disciplines.push({ name: 'Verslavingszorg' });
    const after = updated(lists);
    expect(after.settings.disciplines).not.toContain('legal');
    expect(after.settings.disciplines).toContain('verslavingszorg');
    expect(after.settings.disciplineNames).toEqual({ legal: 'Recht', verslavingszorg: 'Verslavingszorg' });
    // Sent back later, the retired one is still in the list and can come back into use.
    const again = updateFundLists(after, { ...lists, disciplines: lists.disciplines.map((d) => (d.id === 'legal' ? { id: 'legal' } : d.id ? d : { id: 'verslavingszorg' })) });
    expect(again.ok && again.fund.settings.disciplines).toContain('legal');
  });

  it('refuse leaving one out, an id the fund does not have, a name twice, and fewer disciplines in use than the quorum needs', () => {
    expect(problemsOf({ ...unchanged(), organisations: unchanged().organisations.slice(1) })).toEqual([{ field: 'organisations', reason: 'list_entry_missing' }]);
    expect(problemsOf({ ...unchanged(), organisations: [...unchanged().organisations, { id: 'jongerenpunt', name: 'Jongerenpunt' }] }))
      .toEqual([{ field: 'organisations.7.id', reason: 'unknown_list_entry' }]);
    expect(problemsOf({ ...unchanged(), organisations: [...unchanged().organisations, { name: 'ggd (DEMO)' }] }))
      .toEqual([{ field: 'organisations.7.name', reason: 'duplicate_name' }]);
    const threeRetired = unchanged().disciplines.map((d, i) => (i < 4 ? { ...d, inactive: true } : d));
    expect(problemsOf({ ...unchanged(), disciplines: threeRetired })).toEqual([{ field: 'disciplines', reason: 'disciplines_under_quorum' }]);
  });

  it('never lose an id, whatever is renamed, retired or added', () => {
    const change = fc.record({ rename: fc.option(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0), { nil: undefined }), retire: fc.boolean() });
    fc.assert(
      fc.property(fc.array(change, { minLength: 7, maxLength: 7 }), fc.array(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), { maxLength: 4 }), (changes, added) => {
        const lists: FundLists = {
          organisations: [
            ...fund.organisations.map((o, i) => ({ id: o.id, name: changes[i]!.rename ?? o.name, ...(changes[i]!.retire ? { inactive: true } : {}) })),
            ...added.map((name) => ({ name })),
          ],
          disciplines: unchanged().disciplines,
        };
        const parsed = fundListsSchema.safeParse(lists);
        fc.pre(parsed.success);
        const result = updateFundLists(fund, parsed.data!);
        if (!result.ok) {
          expect(result.problems.every((p) => p.reason === 'duplicate_name')).toBe(true);
          return;
        }
        const ids = result.fund.organisations.map((o) => o.id);
        expect(ids).toEqual(expect.arrayContaining(fund.organisations.map((o) => o.id)));
        expect(new Set(ids).size).toBe(ids.length);
        expect(fundSchema.safeParse(result.fund).success).toBe(true);
      }),
    );
  });
});

describe('a code made from a name', () => {
  it('is new, readable as an id, and at least two characters long', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.uniqueArray(fc.stringMatching(/^[a-z0-9_-]{1,12}$/), { maxLength: 10 }), fc.constantFrom('-' as const, '_' as const), (name, taken, joiner) => {
        const code = codeOf(name, new Set(taken), joiner, 'fallback');
        expect(taken).not.toContain(code);
        expect(code).toMatch(/^[a-z0-9][a-z0-9_-]{1,63}$/);
      }),
    );
    expect(codeOf('Schuldhulp West', new Set(['schuldhulp-west']), '-', 'x')).toBe('schuldhulp-west-2');
  });
});
