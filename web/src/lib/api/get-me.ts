import { useQuery, type QueryClient } from '@tanstack/react-query';
import { callApi } from './api-client';

export const meKey = ['me'] as const;

/** Who is signed in, and their fund with its settings: every screen needs it. */
export const getMe = () => callApi('getMe');

const meQuery = { queryKey: meKey, queryFn: getMe, staleTime: 5 * 60_000, retry: false } as const;

export const useMe = (enabled = true) => useQuery({ ...meQuery, enabled });

/** Asks for it before the first render (main.tsx), so the header is drawn once, with the role's menu. */
export const prefetchMe = (client: QueryClient) => client.prefetchQuery(meQuery);
