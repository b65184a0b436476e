import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';

/** Declares a conflict of interest: the member no longer deliberates on this case. */
export const declareConflict = ({ caseId, text }: { caseId: string; text: string }) =>
  callApi('declareConflict', { params: { caseId }, body: { reason: text } });

export function useDeclareConflict() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: declareConflict, onSuccess: (view) => queryClient.setQueryData(caseKey(view.case.id), view) });
}
