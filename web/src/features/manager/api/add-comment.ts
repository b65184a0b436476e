import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';

/** Adds the programme manager's word to the panel's discussion. */
export const addComment = ({ caseId, text }: { caseId: string; text: string }) =>
  callApi('addComment', { params: { caseId }, body: { text } });

export function useAddComment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addComment, onSuccess: (view) => queryClient.setQueryData(caseKey(view.case.id), view) });
}
