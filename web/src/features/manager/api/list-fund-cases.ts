import { callApi } from '../../../lib/api/api-client';
import type { CaseSearch } from '../../../../../domain/case/case-search';

export const fundCasesKey = ['fund-cases'] as const;

/** A page of the fund's case archive for this search, newest submission first. */
export const listFundCases = (search: CaseSearch & { organisationId?: string }, cursor: string | undefined) =>
  callApi('listFundCases', { query: { ...search, limit: 25, cursor } });
