import type { TFunction } from 'i18next';
import { csvOf, learningPictureRows, type FigureRow } from '../../../../../domain/learning/learning-picture.csv';
import type { LearningPicture } from '../../../../../domain/learning/learning-picture.schema';

/** Where a row's code is named: the CSV's own words first, then the names the dashboard already uses. */
const namesOfCodes = ['csv.row', 'state', 'category', 'lessons.side', 'followUp.domain', 'criterion', 'lens'];

/**
 * The learning picture as the manager sees it, as a CSV in her language: named tables, rows and
 * measures, amounts in euros, and in Dutch `;` between cells and a decimal comma, as a Dutch
 * spreadsheet reads it. The API's export keeps the codes, for scripts.
 */
export function learningPictureCsvIn(picture: LearningPicture, t: TFunction, language: string): string {
  const dutch = language.startsWith('nl');
  const name = (code: string) => {
    const key = namesOfCodes.map((space) => `${space}.${code}`).find((k) => t(k, { defaultValue: '' }) !== '');
    return key ? t(key) : code;
  };
  const measure = (code: string) =>
    code.startsWith('breakthrough_') ? t('csv.measure.breakthrough', { result: t(`followUp.result.${code.slice('breakthrough_'.length)}`) })
      : t(`csv.measure.${code}`, { defaultValue: '' }) || t(`followUp.direction.${code}`, { defaultValue: code });
  const number = (n: number) => (dutch ? String(n).replace('.', ',') : String(n));
  const value = (r: FigureRow) => (typeof r.value !== 'number' ? r.value : number(r.measure.endsWith('Cents') ? r.value / 100 : r.value));
  const header = [t('csv.header.table'), t('csv.header.row'), t('csv.header.measure'), t('csv.header.value')];
  const lines = learningPictureRows(picture).map((r) => [t(`csv.table.${r.table}`), r.row.map(name).join(' / '), measure(r.measure), value(r)]);
  return csvOf([header, ...lines], dutch ? ';' : ',');
}

/** Saves the CSV as a file; with a byte-order mark, so a spreadsheet reads the accents right. */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
  URL.revokeObjectURL(url);
}
