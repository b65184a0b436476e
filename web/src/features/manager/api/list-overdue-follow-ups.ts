import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';

/** Follow-up moments past their due date, for the programme manager to chase. */
export const listOverdueFollowUps = () => callApi('listOverdueFollowUps');

export const useOverdueFollowUps = () => useQuery({ queryKey: ['overdue-follow-ups'], queryFn: listOverdueFollowUps });
