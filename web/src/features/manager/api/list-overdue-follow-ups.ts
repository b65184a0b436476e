import { useInfiniteQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';

/** Follow-up reports due, the longest due first: a page of cases at a time. */
export const listOverdueFollowUps = (cursor: string | undefined) => callApi('listOverdueFollowUps', { query: { limit: 25, cursor } });

export const useOverdueFollowUps = () =>
  useInfiniteQuery({
    queryKey: ['overdue-follow-ups'],
    queryFn: ({ pageParam }) => listOverdueFollowUps(pageParam),
    initialPageParam: undefined as string | undefined,
    // The list is in order of the first report due, so once a page holds one that is not overdue yet, no later page holds an overdue one.
    getNextPageParam: (last) => (last.items.every((i) => i.overdue) ? last.cursor : undefined),
  });
