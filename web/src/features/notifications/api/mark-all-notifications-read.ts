import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import type { ApiResponse } from '../../../lib/api/types';
import { notificationsKey } from './list-notifications';

/** Marks every notification of my inbox read; calling it twice does no harm. */
export const markAllNotificationsRead = () => callApi('markAllNotificationsRead');

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: ({ readAt }) => {
      // The count drops at once; the refetch then brings what the server holds.
      queryClient.setQueryData<ApiResponse<'listNotifications'>>(notificationsKey, (inbox) =>
        inbox && { items: inbox.items.map((n) => ({ ...n, readAt: n.readAt ?? readAt })) },
      );
      void queryClient.invalidateQueries({ queryKey: notificationsKey });
    },
  });
}
