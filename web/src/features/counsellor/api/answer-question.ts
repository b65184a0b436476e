import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';

/** Answers the panel's question; the last answer puts the case back in deliberation. */
export const answerQuestion = ({ caseId, questionId, text }: { caseId: string; questionId: string; text: string }) =>
  callApi('answerQuestion', { params: { caseId, questionId }, body: { text } });

export function useAnswerQuestion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: answerQuestion, onSuccess: (view) => queryClient.setQueryData(caseKey(view.case.id), view) });
}
