import { callApi } from '../../../lib/api/api-client';
import { usePagedList } from '../../../lib/api/paged-list';

export const pendingLessonsKey = ['pending-lessons'] as const;

/** A page of the lessons reported in follow-ups, waiting for the programme manager before they enter the library. */
export const listPendingLessons = (cursor: string | undefined) => callApi('listPendingLessons', { query: { limit: 25, cursor } });

export const usePendingLessons = () => usePagedList(pendingLessonsKey, listPendingLessons);
