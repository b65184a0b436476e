import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DraftEdit } from '../../../../../domain/case/request.schema';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';

/** Saves the parts of a draft that are valid so far. */
export const editDraft = ({ caseId, body }: { caseId: string; body: DraftEdit }) =>
  callApi('editDraft', { params: { caseId }, body });

export function useEditDraft() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: editDraft, onSuccess: (view) => queryClient.setQueryData(caseKey(view.case.id), view) });
}
