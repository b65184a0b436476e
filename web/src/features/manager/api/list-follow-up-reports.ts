import { callApi } from '../../../lib/api/api-client';
import { usePagedList } from '../../../lib/api/paged-list';
import type { ReportFilter } from '../../../../../domain/follow-up/report-list.schema';

/** A page of the fund's recent follow-up reports with their lessons, newest first, for this filter. */
export const listFollowUpReports = (filter: ReportFilter, cursor: string | undefined) =>
  callApi('listFollowUpReports', { query: { limit: 25, cursor, category: filter.category, outcome: filter.breakthrough } });

export const useFollowUpReports = (filter: ReportFilter) =>
  usePagedList(['follow-up-reports', filter], (cursor) => listFollowUpReports(filter, cursor));
