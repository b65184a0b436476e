import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';

/** A list route's answer: a page of items and, unless it is the last page, the cursor of the next. */
export interface ListPage<T> {
  items: T[];
  cursor?: string | undefined;
}

/** A list that grows with the fund, fetched a page at a time ("Meer tonen"), with every page fetched so far as one list. */
export function usePagedList<T>(queryKey: QueryKey, fetchPage: (cursor: string | undefined) => Promise<ListPage<T>>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.cursor,
  });
  return { ...query, items: query.data?.pages.flatMap((p) => p.items) ?? [] };
}
