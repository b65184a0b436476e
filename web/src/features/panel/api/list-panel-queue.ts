import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import type { CaseSummary } from '../../../lib/api/types';

export const panelQueueKey = ['panel-queue'] as const;

const byUrgencyThenDeadline = (a: CaseSummary, b: CaseSummary) =>
  Number(b.urgent) - Number(a.urgent) || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999');

export interface PanelQueue {
  /** Cases I may still vote on: the API leaves out my own organisation's, and those I voted on or stepped back from. */
  awaitingMyVote: CaseSummary[];
  /** The other cases in deliberation or waiting for an answer, to read along. */
  alsoInDeliberation: CaseSummary[];
}

export async function listPanelQueue(): Promise<PanelQueue> {
  const [mine, open, waiting] = await Promise.all([
    callApi('listAwaitingMyVote', { query: { limit: 100 } }),
    callApi('listQueue', { params: { state: 'in_deliberation' }, query: { limit: 100 } }),
    callApi('listQueue', { params: { state: 'awaiting_answer' }, query: { limit: 100 } }),
  ]);
  const awaiting = new Set(mine.items.map((c) => c.id));
  return {
    awaitingMyVote: [...mine.items].sort(byUrgencyThenDeadline),
    alsoInDeliberation: [...open.items, ...waiting.items].filter((c) => !awaiting.has(c.id)).sort(byUrgencyThenDeadline),
  };
}

export const usePanelQueue = () => useQuery({ queryKey: panelQueueKey, queryFn: listPanelQueue });
