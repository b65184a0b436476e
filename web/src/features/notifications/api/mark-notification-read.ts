import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import { notificationsKey } from './list-notifications';

/** Marks one notification as read. */
export const markNotificationRead = (notificationId: string) => callApi('markNotificationRead', { params: { notificationId } });

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markNotificationRead, onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationsKey }) });
}
