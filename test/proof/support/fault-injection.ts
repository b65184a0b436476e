import { ProvisionedThroughputExceededException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type Fault = 'throttled' | 'transaction-conflict';

export interface FaultPlan {
  /** Which operation to disturb, e.g. "TransactWriteItems" or "Query". */
  operation: string;
  fault: Fault;
  /** How many attempts fail before the store answers again; Infinity for a store that keeps failing. */
  times: number;
}

const NAME = 'doorbraakFaultInjection';
const metadata = { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 };

function errorFor(fault: Fault, itemCount: number): Error {
  if (fault === 'throttled')
    return new ProvisionedThroughputExceededException({ message: 'Injected: throughput exceeded.', $metadata: metadata });
  return new TransactionCanceledException({
    message: 'Injected: transaction cancelled, conflict.',
    $metadata: metadata,
    CancellationReasons: Array.from({ length: itemCount }, (_, i) => ({ Code: i === 0 ? 'TransactionConflict' : 'None' })),
  });
}

/**
 * Makes the store fail the way DynamoDB does under load: throttling and transaction conflicts,
 * thrown inside the SDK's retry loop as the real service's answers would be. Returns how many
 * attempts were disturbed, and a function to take the middleware off.
 */
export function injectFaults(client: DynamoDBDocumentClient, plan: FaultPlan): { injected: () => number; stop: () => void } {
  let injected = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = String(context.commandName ?? '').replace(/Command$/, '');
      if (operation !== plan.operation || injected >= plan.times) return next(args);
      injected++;
      const items = (args.input as { TransactItems?: unknown[] }).TransactItems?.length ?? 1;
      throw errorFor(plan.fault, items);
    },
    { step: 'finalizeRequest', priority: 'low', name: NAME, override: true },
  );
  return { injected: () => injected, stop: () => void client.middlewareStack.remove(NAME) };
}
