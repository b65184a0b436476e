import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FollowUpReport } from '../../../../../domain/follow-up/follow-up.schema';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';
import { organisationCasesKey } from './list-organisation-cases';

/** Reports (or corrects) one follow-up moment, counted from 1, on the fixed form. */
export const reportFollowUp = ({ caseId, moment, report }: { caseId: string; moment: number; report: FollowUpReport }) =>
  callApi('reportFollowUp', { params: { caseId, moment: String(moment) }, body: report });

export function useReportFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reportFollowUp,
    onSuccess: (view) => {
      queryClient.setQueryData(caseKey(view.case.id), view);
      void queryClient.invalidateQueries({ queryKey: organisationCasesKey });
    },
  });
}
