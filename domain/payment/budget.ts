import type { Case } from '../case/case.schema.js';
import type { CaseChange, CommandContext } from '../case/case-file.js';
import type { FundSettings } from '../fund/fund.schema.js';
import { ok, ruleViolation, type Result } from '../shared/result.js';

/** The fund year is the calendar year (UTC) of the moment a grant is decided or a payment recorded. */
export const fundYearOf = (iso: string): string => iso.slice(0, 4);

/** Granted and paid sums by fund year. */
export type BudgetFigures = Record<string, { grantedCents: number; paidCents: number }>;

/** What one case adds to its fund's budget: the grant in the year of the decision, each payment in the year it was recorded. */
export function caseBudget(kase: Case): BudgetFigures {
  const figures: BudgetFigures = {};
  const add = (at: string, field: 'grantedCents' | 'paidCents', cents: number) => {
    const year = (figures[fundYearOf(at)] ??= { grantedCents: 0, paidCents: 0 });
    year[field] += cents;
  };
  const decision = kase.decision;
  if (decision && decision.outcome !== 'refused') add(decision.decidedAt, 'grantedCents', decision.amountCents ?? 0);
  for (const payment of kase.payment?.payments ?? []) add(payment.recordedAt, 'paidCents', payment.amountCents);
  return figures;
}

/** What a change adds to the budget items: after minus before, years without change left out. */
export function budgetDelta(before: Case | null, after: Case): BudgetFigures {
  const next = caseBudget(after);
  const previous = before ? caseBudget(before) : {};
  const delta: BudgetFigures = {};
  for (const year of new Set([...Object.keys(next), ...Object.keys(previous)])) {
    const grantedCents = (next[year]?.grantedCents ?? 0) - (previous[year]?.grantedCents ?? 0);
    const paidCents = (next[year]?.paidCents ?? 0) - (previous[year]?.paidCents ?? 0);
    if (grantedCents !== 0 || paidCents !== 0) delta[year] = { grantedCents, paidCents };
  }
  return delta;
}

/**
 * The budget rule, in one place: a grant leaves the year's budget at zero or more, unless the
 * manager overrides it with a reason. The caller reads the year's granted sum first (ctx.budget);
 * a grant decided without it is refused, never let through unchecked. What it answers is the
 * condition the write holds the budget item to: the year's other grants must still leave room.
 */
export function budgetRule(amountCents: number, override: { reason: string } | undefined, ctx: CommandContext): Result<CaseChange['budgetChecked']> {
  const annual = ctx.fund.settings.annualBudgetCents;
  if (!ctx.budget)
    return ruleViolation('budget_unknown', 'The year’s granted sum is not known, so the grant cannot be checked against the budget: try again.');
  if (override) return ok(undefined);
  const remaining = annual - ctx.budget.grantedCents;
  if (amountCents > remaining)
    return ruleViolation(
      'over_budget',
      `After this grant ${euro(remaining - amountCents)} of ${euro(annual)} would be left for ${ctx.budget.year}: give a reason to grant over the budget.`,
      'budgetOverride.reason',
      { remainingCents: remaining, annualBudgetCents: annual, year: ctx.budget.year },
    );
  return ok({ year: ctx.budget.year, grantedAtMost: annual - amountCents });
}

export interface BudgetView {
  year: string;
  annualBudgetCents: number;
  grantedCents: number;
  paidCents: number;
  /** The annual budget minus what is granted this year; negative when a grant went over with an override. */
  remainingCents: number;
  /** "After this grant, € … of € … left": when an amount is asked about. */
  afterGrantCents?: number;
}

export function budgetView(settings: FundSettings, year: string, sums: { grantedCents: number; paidCents: number }, amountCents?: number): BudgetView {
  const remainingCents = settings.annualBudgetCents - sums.grantedCents;
  return {
    year,
    annualBudgetCents: settings.annualBudgetCents,
    grantedCents: sums.grantedCents,
    paidCents: sums.paidCents,
    remainingCents,
    ...(amountCents !== undefined ? { afterGrantCents: remainingCents - amountCents } : {}),
  };
}

export const euro = (cents: number): string => `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
