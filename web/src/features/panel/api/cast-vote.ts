import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VoteInput } from '../../../../../domain/deliberation/vote.schema';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';
import { panelQueueKey } from './list-panel-queue';

/** Casts (or revises) my vote; the answer shows the others' votes now that mine is in. */
export const castVote = ({ caseId, vote }: { caseId: string; vote: VoteInput }) =>
  callApi('castVote', { params: { caseId }, body: vote });

export function useCastVote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: castVote,
    onSuccess: (view) => {
      queryClient.setQueryData(caseKey(view.case.id), view);
      void queryClient.invalidateQueries({ queryKey: panelQueueKey });
    },
  });
}
