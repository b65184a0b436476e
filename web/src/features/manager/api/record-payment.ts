import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PaymentInput } from '../../../../../domain/payment/payment.schema';
import { callApi } from '../../../lib/api/api-client';
import { caseKey } from '../../../lib/api/get-case';
import { inboxKey } from './list-inbox';

/** Records a payment on a grant, as on the bank statement. */
export const recordPayment = ({ caseId, body }: { caseId: string; body: PaymentInput }) =>
  callApi('recordPayment', { params: { caseId }, body });

export function useRecordPayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordPayment,
    onSuccess: (view) => {
      queryClient.setQueryData(caseKey(view.case.id), view);
      void queryClient.invalidateQueries({ queryKey: inboxKey });
    },
  });
}
