import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';
import { inboxKey } from './list-inbox';

/** Opens the panel's deliberation; the API sets the voting deadline from the fund's settings. */
export const openDeliberation = (caseId: string) => callApi('openDeliberation', { params: { caseId } });

export function useOpenDeliberation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openDeliberation,
    onSuccess: (view) => {
      queryClient.setQueryData(caseKey(view.case.id), view);
      void queryClient.invalidateQueries({ queryKey: inboxKey });
    },
  });
}
