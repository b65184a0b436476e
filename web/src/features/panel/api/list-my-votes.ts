import { callApi } from '../../../lib/api/api-client';
import { usePagedList } from '../../../lib/api/paged-list';

/** A page of the cases I voted on, newest first, with how each turned out (decision, follow-up). */
export const listMyVotes = (cursor: string | undefined) => callApi('listMyVotes', { query: { limit: 25, cursor } });

export const useMyVotes = () => usePagedList(['my-votes'], listMyVotes);
