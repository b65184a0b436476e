import { callApi } from '../../../lib/api/api-client';
import { usePagedList } from '../../../lib/api/paged-list';

/** A page of the earlier requests for the same client within the fund, newest first. */
export const listEarlierRequests = (caseId: string, cursor: string | undefined) =>
  callApi('listEarlierRequests', { params: { caseId }, query: { limit: 10, cursor } });

export const useEarlierRequests = (caseId: string) => usePagedList(['earlier-requests', caseId], (cursor) => listEarlierRequests(caseId, cursor));
