import { callApi } from '../../../lib/api/api-client';
import { usePagedList } from '../../../lib/api/paged-list';

/** A page of the fund's anonymised lessons library: approved lessons, without the case they came from, by category. */
export const listLessons = (cursor: string | undefined) => callApi('listLessons', { query: { limit: 25, cursor } });

export const useLessons = () => usePagedList(['lessons'], listLessons);
