import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DraftRequest } from '../../../../../domain/case/request.schema';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';
import { organisationCasesKey } from './list-organisation-cases';

/** Starts a request: the first autosave of a new form. */
export const createCase = (body: DraftRequest) => callApi('createCase', { body });

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: (view) => {
      queryClient.setQueryData(caseKey(view.case.id), view);
      void queryClient.invalidateQueries({ queryKey: organisationCasesKey });
    },
  });
}
