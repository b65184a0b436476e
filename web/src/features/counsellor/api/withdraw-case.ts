import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';
import { organisationCasesKey } from './list-organisation-cases';

/** Withdraws a request before the decision, with the reason. */
export const withdrawCase = ({ caseId, reason }: { caseId: string; reason: string }) =>
  callApi('withdrawCase', { params: { caseId }, body: { reason } });

export function useWithdrawCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawCase,
    onSuccess: (view) => {
      queryClient.setQueryData(caseKey(view.case.id), view);
      void queryClient.invalidateQueries({ queryKey: organisationCasesKey });
    },
  });
}
