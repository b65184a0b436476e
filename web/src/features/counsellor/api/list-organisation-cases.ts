import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';

export const organisationCasesKey = ['organisation-cases'] as const;

/** My organisation's cases, newest first (the first 100: a counsellor's working set). */
export const listOrganisationCases = () => callApi('listOrganisationCases', { query: { limit: 100 } });

export const useOrganisationCases = () => useQuery({ queryKey: organisationCasesKey, queryFn: listOrganisationCases });
