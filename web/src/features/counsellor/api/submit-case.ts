import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';
import { organisationCasesKey } from './list-organisation-cases';

/** Submits a complete request to the programme manager. */
export const submitCase = (caseId: string) => callApi('submitCase', { params: { caseId } });

export function useSubmitCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitCase,
    onSuccess: (view) => {
      queryClient.setQueryData(caseKey(view.case.id), view);
      void queryClient.invalidateQueries({ queryKey: organisationCasesKey });
    },
  });
}
