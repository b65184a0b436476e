import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';
import { organisationCasesKey } from './list-organisation-cases';

/** Deletes a draft the counsellor wrote, with everything in it. */
export const deleteDraft = (caseId: string) => callApi('deleteDraft', { params: { caseId } });

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDraft,
    onSuccess: ({ id }) => {
      queryClient.removeQueries({ queryKey: caseKey(id) });
      void queryClient.invalidateQueries({ queryKey: organisationCasesKey });
    },
  });
}
