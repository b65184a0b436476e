import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DecisionInput } from '../../../../../domain/case/case.schema';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';
import { inboxKey } from './list-inbox';

/** Records the decision from the votes, with the reasoning, the dissent and any rule set aside. */
export const recordDecision = ({ caseId, body }: { caseId: string; body: DecisionInput }) =>
  callApi('recordDecision', { params: { caseId }, body });

export function useRecordDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordDecision,
    onSuccess: (view) => {
      queryClient.setQueryData(caseKey(view.case.id), view);
      void queryClient.invalidateQueries({ queryKey: inboxKey });
    },
  });
}
