import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';

export const pendingLessonsKey = ['pending-lessons'] as const;

/** Lessons reported in follow-ups, waiting for the programme manager before they enter the library. */
export const listPendingLessons = () => callApi('listPendingLessons');

export const usePendingLessons = () => useQuery({ queryKey: pendingLessonsKey, queryFn: listPendingLessons });
