import { callApi } from '../../../lib/api/api-client';
import type { CaseSearch } from '../../../../../domain/case/case-search';

export const organisationCasesKey = ['organisation-cases'] as const;

/** A page of my organisation's cases for this search, newest first, drafts included. */
export const listOrganisationCases = (search: CaseSearch, cursor: string | undefined) =>
  callApi('listOrganisationCases', { query: { ...search, limit: 50, cursor } });
