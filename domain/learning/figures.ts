import type { Case } from '../case/case.schema.js';
import { lifeDomains } from '../follow-up/follow-up.schema.js';
import { millisecondsBetween } from '../shared/time.js';

/** Counters of one month, by name: `requests.submitted`, `decided.rent_arrears.refused`, … */
export type MonthFigures = Record<string, number>;
/** Counters by month (`YYYY-MM`). */
export type Figures = Record<string, MonthFigures>;

const monthOf = (iso: string) => iso.slice(0, 7);

/**
 * The counters one case contributes to its fund's figures, each in the month of the moment it
 * counts: requests by the month they were started, decisions and their outcomes by the month of
 * the decision, payments by the month they were completed. The learning picture is the sum of
 * these over all cases, kept up to date by adding `figuresDelta` in the same write as each change.
 */
export function caseFigures(kase: Case): Figures {
  const figures: Figures = {};
  const add = (at: string, name: string, value = 1) => {
    const month = (figures[monthOf(at)] ??= {});
    month[name] = (month[name] ?? 0) + value;
  };
  const category = kase.request.category ?? 'other';

  add(kase.createdAt, `requests.${kase.state}`);
  if (kase.submittedAt) {
    add(kase.submittedAt, 'submitted');
    add(kase.submittedAt, `submitted.${category}`);
  }
  const decision = kase.decision;
  if (!decision) return figures;

  const at = decision.decidedAt;
  const outcome = decision.outcome;
  const granted = outcome !== 'refused';
  add(at, `decided.${outcome}`);
  add(at, `decided.${category}.${outcome}`);
  if (granted) {
    add(at, 'granted.cents', decision.amountCents ?? 0);
    add(at, `granted.${category}.cents`, decision.amountCents ?? 0);
  }
  if (kase.submittedAt) {
    add(at, 'lead.decide.ms', millisecondsBetween(kase.submittedAt, at) - (kase.deliberation?.pausedMs ?? 0));
    add(at, 'lead.decide.n');
  }
  if (decision.ruleSetAside) add(at, 'ruleSetAside');
  for (const apart of decision.tally.lensesApart) add(at, `apart.${apart.criterion}.${boreOut(granted, apart.favoursGrant)}`);

  const payment = kase.payment;
  if (payment) {
    add(payment.firstPaidAt, 'paid.cents', payment.paidCents);
    if (payment.completedAt) {
      add(payment.completedAt, 'lead.pay.ms', millisecondsBetween(at, payment.completedAt));
      add(payment.completedAt, 'lead.pay.n');
    }
  }

  const result = latestResult(kase);
  if (!result) return figures;
  // Outcomes count in the month of the decision, so a period's decisions can be followed to their results.
  const side = granted ? 'granted' : 'refused';
  add(at, `result.${side}.${result.breakthrough}`);
  add(at, `result.${category}.${result.breakthrough}`);
  if (decision.ruleSetAside) add(at, `ruleSetAside.result.${result.breakthrough}`);
  for (const apart of decision.tally.lensesApart)
    add(at, `apart.${apart.criterion}.${boreOut(granted, apart.favoursGrant)}.result.${result.breakthrough}`);
  for (const domain of lifeDomains) {
    const direction = result.domains?.[domain];
    if (direction) add(at, `life.${side}.${domain}.${direction}`);
  }
  return figures;
}

/** The lens a decision sided with: the one leaning to grant when granted, the other when refused. */
const boreOut = (granted: boolean, favoursGrant: 'humanity' | 'rules') =>
  granted === (favoursGrant === 'humanity') ? 'humanity' : 'rules';

/** The newest reported follow-up: what the case led to, as far as is known. */
function latestResult(kase: Case) {
  const reported = (kase.followUp?.moments ?? []).filter((m) => m.reportedAt && m.breakthrough);
  const last = reported.sort((a, b) => a.reportedAt!.localeCompare(b.reportedAt!)).at(-1);
  return last ? { breakthrough: last.breakthrough!, domains: last.domains } : undefined;
}

/** What a change adds to the figures: after minus before, with the zeros left out. */
export const figuresDelta = (before: Case | null, after: Case | null): Figures =>
  sumFigures([...(after ? [caseFigures(after)] : []), ...(before ? [scaled(caseFigures(before), -1)] : [])]);

/** The sum of several cases' figures: what the stored figures must equal. */
export function sumFigures(all: Figures[]): Figures {
  const total: Figures = {};
  for (const figures of all)
    for (const [month, counters] of Object.entries(figures))
      for (const [name, value] of Object.entries(counters)) {
        const m = (total[month] ??= {});
        m[name] = (m[name] ?? 0) + value;
      }
  return prune(total);
}

const scaled = (figures: Figures, factor: number): Figures =>
  Object.fromEntries(
    Object.entries(figures).map(([month, counters]) => [month, Object.fromEntries(Object.entries(counters).map(([n, v]) => [n, v * factor]))]),
  );

function prune(figures: Figures): Figures {
  const kept: Figures = {};
  for (const [month, counters] of Object.entries(figures)) {
    const nonZero = Object.entries(counters).filter(([, v]) => v !== 0);
    if (nonZero.length > 0) kept[month] = Object.fromEntries(nonZero);
  }
  return kept;
}
