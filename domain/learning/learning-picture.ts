import { caseStates } from '../case/lifecycle.js';
import { categories } from '../case/request.schema.js';
import { lenses } from '../deliberation/lenses.js';
import { criteria } from '../deliberation/vote.schema.js';
import type { FundSettings } from '../fund/fund.schema.js';
import { lifeDomains } from '../follow-up/follow-up.schema.js';
import { sumFigures, type Figures } from './figures.js';
import type { LearningPicture, Period } from './learning-picture.schema.js';

const DAY_MS = 86_400_000;

/** The programme manager's learning picture for a period, read from the fund's stored month figures. */
export function learningPicture(stored: Figures, period: Period, settings: FundSettings): LearningPicture {
  const inPeriod = Object.entries(stored).filter(([month]) => month >= period.from && month <= period.to);
  const total = sumFigures(inPeriod.map(([, counters]) => ({ period: counters }))).period ?? {};
  const n = (name: string) => total[name] ?? 0;
  const results = (prefix: string) => ({ yes: n(`${prefix}.yes`), partly: n(`${prefix}.partly`), no: n(`${prefix}.no`) });
  const days = (ms: string, count: string) => (n(count) > 0 ? Math.round((n(ms) / n(count) / DAY_MS) * 10) / 10 : null);

  return {
    period,
    requests: {
      started: Object.fromEntries(caseStates.map((s) => [s, n(`requests.${s}`)])) as LearningPicture['requests']['started'],
      submitted: n('submitted'),
    },
    leadTimes: { decideDays: days('lead.decide.ms', 'lead.decide.n'), decided: n('lead.decide.n'), payDays: days('lead.pay.ms', 'lead.pay.n'), paid: n('lead.pay.n') },
    budget: { annualBudgetCents: settings.annualBudgetCents, grantedCents: n('granted.cents'), paidCents: n('paid.cents') },
    byCategory: categories
      .map((category) => ({
        category,
        submitted: n(`submitted.${category}`),
        granted: n(`decided.${category}.granted`),
        grantedWithConditions: n(`decided.${category}.granted_with_conditions`),
        refused: n(`decided.${category}.refused`),
        grantedCents: n(`granted.${category}.cents`),
        results: results(`result.${category}`),
      }))
      .filter((row) => row.submitted + row.granted + row.grantedWithConditions + row.refused > 0),
    outcomes: (['granted', 'refused'] as const).map((side) => ({
      side,
      results: results(`result.${side}`),
      life: lifeDomains.map((domain) => ({
        domain,
        better: n(`life.${side}.${domain}.better`),
        same: n(`life.${side}.${domain}.same`),
        worse: n(`life.${side}.${domain}.worse`),
      })),
    })),
    lensesApart: criteria.flatMap((criterion) =>
      lenses
        .map((followed) => ({ criterion, followed, cases: n(`apart.${criterion}.${followed}`), results: results(`apart.${criterion}.${followed}.result`) }))
        .filter((row) => row.cases > 0),
    ),
    rulesSetAside: { cases: n('ruleSetAside'), results: results('ruleSetAside.result') },
  };
}
