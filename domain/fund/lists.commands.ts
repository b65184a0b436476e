import * as z from 'zod';
import type { FieldProblem } from '../shared/result.js';
import type { Fund, Organisation } from './fund.schema.js';

const entryId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'Not a valid id.');
const entryName = z.string().trim().min(1).max(60);

/**
 * The fund's organisations and disciplines as the manager keeps them: each by its id (leave the id
 * out for a new one: it is made from the name), with its display name, and whether it is retired.
 * Nothing is ever removed: cases, votes and accounts keep pointing at an id, and should keep its
 * name; a retired one is no longer offered for new people.
 */
export const fundListsSchema = z.strictObject({
  organisations: z
    .array(z.strictObject({ id: entryId.optional(), name: z.string().trim().min(1).max(120), inactive: z.boolean().optional() }))
    .min(1)
    .max(200),
  disciplines: z
    .array(
      z.strictObject({
        id: entryId.optional(),
        /** Leave out to keep the app's own translated name for a discipline it knows (debt_relief, housing …). */
        name: entryName.optional(),
        inactive: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(40),
});
export type FundLists = z.output<typeof fundListsSchema>;

/** A code from a name: lower case, no accents, words joined by `joiner`; `-2`, `-3` … when it is taken. */
export function codeOf(name: string, taken: ReadonlySet<string>, joiner: '-' | '_', fallback: string): string {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const joined = words.join(joiner).slice(0, 56).replace(/[-_]+$/, '');
  const base = joined.length >= 2 ? joined : fallback;
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}${joiner}${n}`;
  return code;
}

const problem = (field: string, reason: FieldProblem['reason'], message: string, params?: FieldProblem['params']): FieldProblem => ({
  field, reason, message, ...(params ? { params } : {}),
});

/** The lists' problems: an unknown id, a known one left out, a name used twice, too few disciplines in use for the quorum. */
function problemsOf(fund: Fund, lists: FundLists): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = {
    organisations: fund.organisations.map((o) => ({ id: o.id, name: o.name })),
    disciplines: [...new Set([...fund.settings.disciplines, ...Object.keys(fund.settings.disciplineNames ?? {})])].map((id) => ({
      id, name: fund.settings.disciplineNames?.[id] ?? id,
    })),
  };
  for (const list of ['organisations', 'disciplines'] as const) {
    const entries = lists[list];
    const ids = new Set(known[list].map((k) => k.id));
    const names = new Map<string, number>();
    entries.forEach((entry, i) => {
      if (entry.id !== undefined && !ids.has(entry.id))
        problems.push(problem(`${list}.${i}.id`, 'unknown_list_entry', `The fund has no ${list === 'organisations' ? 'organisation' : 'discipline'} "${entry.id}".`));
      const name = entry.name?.toLocaleLowerCase('nl');
      if (name !== undefined) {
        if (names.has(name)) problems.push(problem(`${list}.${i}.name`, 'duplicate_name', `"${entry.name}" is in the list twice.`));
        names.set(name, i);
      }
      if (entry.id === undefined && entry.name === undefined) problems.push(problem(`${list}.${i}.name`, 'required', 'A new entry needs a name.'));
    });
    const given = new Set(entries.map((e) => e.id));
    const missing = known[list].find((k) => !given.has(k.id));
    if (missing)
      problems.push(problem(list, 'list_entry_missing', `"${missing.id}" is missing: people and cases refer to it; retire it instead.`, { name: missing.name }));
  }
  const active = lists.disciplines.filter((d) => !d.inactive).length;
  const need = Math.max(1, fund.settings.quorum.minDisciplines);
  if (active < need)
    problems.push(problem('disciplines', 'disciplines_under_quorum', `The quorum needs ${need} disciplines in use; ${active} are.`, { minDisciplines: need }));
  return problems;
}

/**
 * The fund with its organisations and disciplines as the manager keeps them, or the problems by
 * field. New entries get a code made from their name; a discipline's name is stored only when given.
 */
export function updateFundLists(fund: Fund, lists: FundLists): { ok: true; fund: Fund } | { ok: false; problems: FieldProblem[] } {
  const problems = problemsOf(fund, lists);
  if (problems.length > 0) return { ok: false, problems };

  const orgIds = new Set(fund.organisations.map((o) => o.id));
  const organisations: Organisation[] = lists.organisations.map((entry) => {
    const id = entry.id ?? codeOf(entry.name, orgIds, '-', 'organisatie');
    orgIds.add(id);
    return { id, name: entry.name, ...(entry.inactive ? { inactive: true } : {}) };
  });

  const codes = new Set(lists.disciplines.flatMap((d) => (d.id ? [d.id] : [])));
  const disciplines = lists.disciplines.map((entry) => {
    const id = entry.id ?? codeOf(entry.name!, codes, '_', 'discipline');
    codes.add(id);
    return { ...entry, id };
  });
  const disciplineNames = Object.fromEntries(disciplines.flatMap((d) => (d.name !== undefined ? [[d.id, d.name]] : [])));
  const settings = { ...fund.settings };
  delete settings.disciplineNames;
  return {
    ok: true,
    fund: {
      ...fund,
      organisations,
      settings: {
        ...settings,
        disciplines: disciplines.filter((d) => !d.inactive).map((d) => d.id),
        ...(Object.keys(disciplineNames).length > 0 ? { disciplineNames } : {}),
      },
    },
  };
}
