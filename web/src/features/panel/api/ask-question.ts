import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';

/** Asks the counsellor a question; the voting clock pauses until it is answered. */
export const askQuestion = ({ caseId, text }: { caseId: string; text: string }) =>
  callApi('askQuestion', { params: { caseId }, body: { text: text } });

export function useAskQuestion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: askQuestion, onSuccess: (view) => queryClient.setQueryData(caseKey(view.case.id), view) });
}
