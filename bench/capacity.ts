import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Read and write request units consumed, as on-demand DynamoDB bills them (indexes included). */
export interface Units {
  rru: number;
  wru: number;
}

export interface CapacityMeter {
  /** What the requests since the last reset consumed. */
  units: () => Units;
  reset: () => void;
  /** Takes the middleware off the client again. */
  stop: () => void;
}

const NAME = 'doorbraakCapacityMeter';
const READS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems']);

/**
 * Asks DynamoDB for the capacity of every request the client sends (`ReturnConsumedCapacity:
 * 'TOTAL'`, which takes in the table and its indexes) and adds it up: a read operation's as read
 * request units, any other's as write request units. A middleware of the bench's only: production
 * code sends its requests unchanged.
 *
 * DynamoDB bills a transaction twice (prepare and commit: 2 WRU per 1 KB written). DynamoDB Local
 * 3.x reports it so already (tried: a TransactWriteItems of a 2.5 KB and a 0.1 KB item answers 8,
 * twice the 3 + 1 of two PutItems), and so do the indexes (a PutItem with one index key: 2 × 3), so
 * the figures are taken as they come.
 */
export function meterCapacity(client: DynamoDBDocumentClient): CapacityMeter {
  let units: Units = { rru: 0, wru: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      (args.input as Record<string, unknown>).ReturnConsumedCapacity ??= 'TOTAL';
      const result = await next(args);
      const operation = String(context.commandName ?? '').replace(/Command$/, '');
      const consumed = (result.output as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] }).ConsumedCapacity;
      const total = [consumed ?? []].flat().reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      if (READS.has(operation)) units.rru += total;
      else units.wru += total;
      return result;
    },
    { step: 'initialize', priority: 'high', name: NAME, override: true },
  );
  return {
    units: () => ({ ...units }),
    reset: () => void (units = { rru: 0, wru: 0 }),
    stop: () => void client.middlewareStack.remove(NAME),
  };
}
