import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** A conditional write lost a race: the record changed since it was read. Answered as 409. */
export class WriteConflict extends Error {
  override readonly name = 'WriteConflict';
  /**
   * What the command read and decided on has changed since: deciding again on a fresh read may
   * accept it or refuse it for its own reason (see runCaseCommand). False when what failed was not
   * the command's to decide (an idempotency answer already stored, a case that already exists).
   */
  readonly readMovedOn: boolean;
  constructor(
    message: string,
    /** The case's version now, when the case itself had moved on. */
    readonly currentVersion?: number,
    options: { readMovedOn?: boolean } = {},
  ) {
    super(message);
    this.readMovedOn = options.readMovedOn ?? false;
  }
}

/** The store could not be reached or is throttling: safe to try again later. Answered as 503. */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
}

const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'TimeoutError',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalServerError',
]);

/** Whether an AWS SDK or network error means "not now" rather than "not so". */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  const causeCode = (error.cause as { code?: string } | undefined)?.code;
  return [error.name, code, causeCode].some((c) => c !== undefined && UNAVAILABLE.has(c));
}

/** A paging cursor that does not fit the list it was given to. Answered as 400. */
export class BadCursor extends Error {
  override readonly name = 'BadCursor';
}

/** For a Query's `.catch`: DynamoDB refusing the start key of a cursor we gave out for another list is the cursor's fault, not the store's. */
export const refusingBadCursor = (cursor: string | undefined) => (error: unknown): never => {
  if (cursor && error instanceof Error && error.name === 'ValidationException') throw new BadCursor(error.message);
  throw error;
};

/** A stored item that does not match its record's schema: corrupt data, answered as 500 and logged. */
export class CorruptItem extends Error {
  override readonly name = 'CorruptItem';
  constructor(
    readonly kind: string,
    readonly partitionKey: string,
    readonly sortKey: string,
    /** The fields that failed and why, without their values. */
    readonly fields: string[],
  ) {
    super(`The stored ${kind} ${partitionKey} / ${sortKey} does not match its schema: ${fields.join('; ')}`);
  }
}

/**
 * A write whose condition failed, read from the SDK's error: the one place that knows how
 * DynamoDB reports it (ConditionalCheckFailedException for one write, the cancellation reasons
 * of TransactionCanceledException for a transaction).
 */
export interface ConditionFailure {
  /** The positions of the transaction's items whose condition failed; [0] for a single write. */
  failedAt: number[];
  /** Another transaction held one of the items: nothing failed its condition, trying again may succeed. */
  transient: boolean;
  /** The `version` the item at this position holds now, when the write asked for it back (ReturnValuesOnConditionCheckFailure). */
  currentVersionAt: (index: number) => number | undefined;
}

type StoredAttribute = { N?: string } | undefined;

/** The condition failure an SDK error reports, or undefined when the error is about something else. */
export function conditionFailureOf(error: unknown): ConditionFailure | undefined {
  if (error instanceof ConditionalCheckFailedException) {
    const version: StoredAttribute = error.Item?.version;
    return { failedAt: [0], transient: false, currentVersionAt: (i) => (i === 0 ? numberOf(version) : undefined) };
  }
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const reasons = error.CancellationReasons ?? [];
  return {
    failedAt: reasons.flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' ? [i] : [])),
    transient: reasons.some((r) => r.Code === 'TransactionConflict'),
    currentVersionAt: (i) => numberOf(reasons[i]?.Item?.version),
  };
}

const numberOf = (attribute: StoredAttribute): number | undefined => (attribute?.N === undefined ? undefined : Number(attribute.N));

/** Sends a conditional write; a failed condition becomes the domain's error that `conflict` makes of it. Other errors pass unchanged. */
export async function guardedWrite<T>(write: () => Promise<T>, conflict: (failure: ConditionFailure) => Error): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const failure = conditionFailureOf(error);
    throw failure ? conflict(failure) : error;
  }
}

/** Sends a write whose condition only keeps it from happening twice or on a missing item: undefined when the condition failed. */
export async function unlessConditionFails<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    if (conditionFailureOf(error)) return undefined;
    throw error;
  }
}
