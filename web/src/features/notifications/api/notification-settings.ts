import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import type { ApiRequestBody } from '../../../lib/api/types';

const settingsKey = ['notification-settings'] as const;

/** How I get my notifications by e-mail: at once or a daily digest, and the language. */
export const getNotificationSettings = () => callApi('getNotificationSettings');

export const useNotificationSettings = () => useQuery({ queryKey: settingsKey, queryFn: getNotificationSettings });

export const saveNotificationSettings = (body: ApiRequestBody<'saveNotificationSettings'>) => callApi('saveNotificationSettings', { body });

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveNotificationSettings, onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved) });
}
