import type { Period } from '../../../../../domain/learning/learning-picture.schema';
import { callApiText } from '../../../lib/api/api-client';

/** The same figures as CSV, saved as a file (the token goes in a header, so a plain link cannot). */
export async function exportLearningPicture(period: Period): Promise<void> {
  const csv = await callApiText('exportLearningPicture', { query: period });
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `doorbraak-${period.from}-${period.to}.csv` });
  link.click();
  URL.revokeObjectURL(url);
}
