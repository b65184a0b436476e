import type { LearningPicture } from './learning-picture.schema.js';

type Row = [table: string, row: string, measure: string, value: number | string | null];

/** The learning picture as CSV: one line per figure (table, row, measure, value), for a spreadsheet. */
export function learningPictureCsv(picture: LearningPicture): string {
  const rows: Row[] = [
    ['period', 'from', 'month', picture.period.from],
    ['period', 'to', 'month', picture.period.to],
    ...Object.entries(picture.requests.started).map(([state, n]): Row => ['requests_started', state, 'count', n]),
    ['requests', 'submitted', 'count', picture.requests.submitted],
    ['lead_times', 'submitted_to_decided', 'days', picture.leadTimes.decideDays],
    ['lead_times', 'submitted_to_decided', 'cases', picture.leadTimes.decided],
    ['lead_times', 'decided_to_paid', 'days', picture.leadTimes.payDays],
    ['lead_times', 'decided_to_paid', 'cases', picture.leadTimes.paid],
    ...Object.entries(picture.budget).map(([measure, cents]): Row => ['budget', 'fund', measure, cents]),
    ...picture.byCategory.flatMap(({ category, results, ...counts }) => [
      ...Object.entries(counts).map(([measure, n]): Row => ['by_category', category, measure, n]),
      ...resultRows('by_category', category, results),
    ]),
    ...picture.outcomes.flatMap(({ side, results, life }) => [
      ...resultRows('outcomes', side, results),
      ...life.flatMap(({ domain, ...directions }) =>
        Object.entries(directions).map(([direction, n]): Row => ['life_domains', `${side}/${domain}`, direction, n]),
      ),
    ]),
    ...picture.lensesApart.flatMap(({ criterion, followed, cases, results }) => [
      ['lenses_apart', `${criterion}/${followed}`, 'cases', cases] as Row,
      ...resultRows('lenses_apart', `${criterion}/${followed}`, results),
    ]),
    ['rules_set_aside', 'all', 'cases', picture.rulesSetAside.cases],
    ...resultRows('rules_set_aside', 'all', picture.rulesSetAside.results),
  ];
  return [['table', 'row', 'measure', 'value'], ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const resultRows = (table: string, row: string, results: Record<string, number>): Row[] =>
  Object.entries(results).map(([result, n]) => [table, row, `breakthrough_${result}`, n]);

/** Quotes what needs it; a leading formula character is neutralised so a spreadsheet does not run it. */
function cell(value: number | string | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
