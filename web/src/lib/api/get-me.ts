import { useQuery } from '@tanstack/react-query';
import { callApi } from './api-client';

export const meKey = ['me'] as const;

/** Who is signed in, and their fund with its settings: every screen needs it. */
export const getMe = () => callApi('getMe');

export const useMe = (enabled = true) => useQuery({ queryKey: meKey, queryFn: getMe, enabled, staleTime: 5 * 60_000, retry: false });
