import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import type { CaseSummary } from '../../../lib/api/types';

export const panelQueueKey = ['panel-queue'] as const;

const byUrgencyThenDeadline = (a: CaseSummary, b: CaseSummary) =>
  Number(b.urgent) - Number(a.urgent) || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999');

/** The cases in deliberation, and those waiting for the counsellor's answer: urgent first, then by deadline. */
export async function listPanelQueue(): Promise<CaseSummary[]> {
  const [open, waiting] = await Promise.all(
    (['in_deliberation', 'awaiting_answer'] as const).map((state) =>
      callApi('listQueue', { params: { state }, query: { limit: 100 } }),
    ),
  );
  return [...open!.items, ...waiting!.items].sort(byUrgencyThenDeadline);
}

export const usePanelQueue = () => useQuery({ queryKey: panelQueueKey, queryFn: listPanelQueue });
