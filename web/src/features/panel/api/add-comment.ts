import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';

/** Adds to the panel's discussion (only after voting: the API refuses it before). */
export const addComment = ({ caseId, text }: { caseId: string; text: string }) =>
  callApi('addComment', { params: { caseId }, body: { text: text } });

export function useAddComment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addComment, onSuccess: (view) => queryClient.setQueryData(caseKey(view.case.id), view) });
}
