import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';

/** Earlier requests for the same client within the fund. */
export const listEarlierRequests = (caseId: string) => callApi('listEarlierRequests', { params: { caseId } });

export const useEarlierRequests = (caseId: string) =>
  useQuery({ queryKey: ['earlier-requests', caseId], queryFn: () => listEarlierRequests(caseId) });
