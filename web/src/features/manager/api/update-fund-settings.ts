import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FundSettings } from '../../../../../domain/fund/fund.schema';
import { callApi } from '../../../lib/api/api-client';
import { meKey } from '../../../lib/api/get-me';

/** Changes the fund's settings: quorum, voting windows, budget, caps, follow-up, retention. */
export const updateFundSettings = (settings: FundSettings) => callApi('updateFundSettings', { body: settings });

export function useUpdateFundSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateFundSettings, onSuccess: () => void queryClient.invalidateQueries({ queryKey: meKey }) });
}
