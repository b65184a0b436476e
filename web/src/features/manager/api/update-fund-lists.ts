import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FundLists } from '../../../../../domain/fund/lists.commands';
import { callApi } from '../../../lib/api/api-client';
import { meKey } from '../../../lib/api/get-me';

/** Keeps the fund's organisations and disciplines with their names; every screen reads them from "me". */
export function useUpdateFundLists() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lists: FundLists) => callApi('updateFundLists', { body: lists }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meKey }),
  });
}
