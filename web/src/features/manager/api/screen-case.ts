import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ScreeningInput } from '../../../../../domain/case/case.schema';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';
import { inboxKey } from './list-inbox';

/** Screens a request in, or out with a reason. */
export const screenCase = ({ caseId, body }: { caseId: string; body: ScreeningInput }) =>
  callApi('screenCase', { params: { caseId }, body });

export function useScreenCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: screenCase,
    onSuccess: (view) => {
      queryClient.setQueryData(caseKey(view.case.id), view);
      void queryClient.invalidateQueries({ queryKey: inboxKey });
    },
  });
}
