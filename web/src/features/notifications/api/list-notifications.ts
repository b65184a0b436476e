import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';

export const notificationsKey = ['notifications'] as const;

/** My notifications and my role's, newest first. */
export const listNotifications = () => callApi('listNotifications');

export const useNotifications = () => useQuery({ queryKey: notificationsKey, queryFn: listNotifications });
