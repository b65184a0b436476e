import { useQueries, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import { caseKey, getCase } from '../../../lib/api/get-case';
import type { CaseSummary } from '../../../lib/api/types';

export const inboxKey = ['manager-inbox'] as const;
const inboxStates = ['submitted', 'screened', 'in_deliberation', 'awaiting_answer', 'decided'] as const;
export type InboxState = (typeof inboxStates)[number];

/** The queues that need the programme manager, each urgent first (the API orders them). */
export async function listInbox(): Promise<Record<InboxState, CaseSummary[]>> {
  const pages = await Promise.all(
    inboxStates.map((state) => callApi('listQueue', { params: { state }, query: { limit: 100 } })),
  );
  return Object.fromEntries(inboxStates.map((state, i) => [state, pages[i]!.items])) as Record<InboxState, CaseSummary[]>;
}

export const useInbox = () => useQuery({ queryKey: inboxKey, queryFn: listInbox });

/** The cases in deliberation with their tally: which have reached quorum and can be decided. */
export const useDeliberationTallies = (cases: readonly CaseSummary[]) =>
  useQueries({ queries: cases.map((c) => ({ queryKey: caseKey(c.id), queryFn: () => getCase(c.id) })) });
