import type { LearningPicture } from './learning-picture.schema.js';

/** One figure of the learning picture: which table, which row (its codes, outer first), what is measured, the value. */
export interface FigureRow {
  table: string;
  row: readonly string[];
  measure: string;
  value: number | string | null;
}

/** Every figure of the learning picture, one row each, in the dashboard's order. */
export function learningPictureRows(picture: LearningPicture): FigureRow[] {
  const row = (table: string, codes: string | readonly string[], measure: string, value: FigureRow['value']): FigureRow =>
    ({ table, row: typeof codes === 'string' ? [codes] : codes, measure, value });
  const results = (table: string, codes: string | readonly string[], counts: Record<string, number>) =>
    Object.entries(counts).map(([result, n]) => row(table, codes, `breakthrough_${result}`, n));
  return [
    row('period', 'from', 'month', picture.period.from),
    row('period', 'to', 'month', picture.period.to),
    ...Object.entries(picture.requests.started).map(([state, n]) => row('requests_started', state, 'count', n)),
    row('requests', 'submitted', 'count', picture.requests.submitted),
    row('lead_times', 'submitted_to_decided', 'days', picture.leadTimes.decideDays),
    row('lead_times', 'submitted_to_decided', 'cases', picture.leadTimes.decided),
    row('lead_times', 'decided_to_paid', 'days', picture.leadTimes.payDays),
    row('lead_times', 'decided_to_paid', 'cases', picture.leadTimes.paid),
    ...Object.entries(picture.budget).map(([measure, cents]) => row('budget', 'fund', measure, cents)),
    ...picture.byCategory.flatMap(({ category, results: counts, ...measures }) => [
      ...Object.entries(measures).map(([measure, n]) => row('by_category', category, measure, n)),
      ...results('by_category', category, counts),
    ]),
    ...picture.outcomes.flatMap(({ side, results: counts, life }) => [
      ...results('outcomes', side, counts),
      ...life.flatMap(({ domain, ...directions }) => Object.entries(directions).map(([direction, n]) => row('life_domains', [side, domain], direction, n))),
    ]),
    ...picture.lensesApart.flatMap(({ criterion, followed, cases, results: counts }) => [
      row('lenses_apart', [criterion, followed], 'cases', cases),
      ...results('lenses_apart', [criterion, followed], counts),
    ]),
    row('rules_set_aside', 'all', 'cases', picture.rulesSetAside.cases),
    ...results('rules_set_aside', 'all', picture.rulesSetAside.results),
  ];
}

/** The learning picture as CSV with its codes (table, row, measure, value): for a script or another system. */
export function learningPictureCsv(picture: LearningPicture): string {
  return csvOf([['table', 'row', 'measure', 'value'], ...learningPictureRows(picture).map((r) => [r.table, r.row.join('/'), r.measure, r.value])]);
}

/**
 * Lines of cells as CSV. A Dutch spreadsheet reads `;` between cells (the comma is its decimal
 * sign), so the separator is the caller's to choose.
 */
export function csvOf(lines: ReadonlyArray<ReadonlyArray<number | string | null>>, separator: ',' | ';' = ','): string {
  return lines.map((line) => line.map((value) => cell(value, separator)).join(separator)).join('\r\n') + '\r\n';
}

/** Quotes what needs it; a leading formula character is neutralised so a spreadsheet does not run it. */
function cell(value: number | string | null, separator: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return safe.includes('"') || safe.includes(separator) || /[\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
