import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** DynamoDB requests by operation ("Query", "TransactWriteItems" …), each attempt counted, retries included. */
export type RequestCounts = Record<string, number>;

export interface RequestCounter {
  counts: () => RequestCounts;
  reset: () => void;
  /** Takes the middleware off the client again. */
  stop: () => void;
}

const NAME = 'doorbraakRequestCounter';

/**
 * Counts what a client really sends to DynamoDB, so the benchmark and the tests can hold each API
 * call to its budget (a read is 1 request; a write is 1 transaction and at most 1 read). It sits
 * inside the SDK's retry loop, so a retried request counts each time it goes out.
 */
export function countRequests(client: DynamoDBDocumentClient): RequestCounter {
  let counts: RequestCounts = {};
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = String(context.commandName ?? 'Unknown').replace(/Command$/, '');
      counts[operation] = (counts[operation] ?? 0) + 1;
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: NAME, override: true },
  );
  return {
    counts: () => ({ ...counts }),
    reset: () => void (counts = {}),
    stop: () => void client.middlewareStack.remove(NAME),
  };
}

const READS = new Set(['GetItem', 'Query', 'BatchGetItem', 'Scan', 'TransactGetItems']);
const TRANSACTIONS = new Set(['TransactWriteItems']);

/** Reads, transactions and other writes among the counted requests. */
export function kindsOf(counts: RequestCounts): { reads: number; transactions: number; otherWrites: number } {
  let reads = 0, transactions = 0, otherWrites = 0;
  for (const [operation, n] of Object.entries(counts)) {
    if (READS.has(operation)) reads += n;
    else if (TRANSACTIONS.has(operation)) transactions += n;
    else otherWrites += n;
  }
  return { reads, transactions, otherWrites };
}
