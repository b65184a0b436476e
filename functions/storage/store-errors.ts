/** A conditional write lost a race: the record changed since it was read. Answered as 409. */
export class WriteConflict extends Error {
  override readonly name = 'WriteConflict';
  constructor(
    message: string,
    /** The case's version now, when the case itself had moved on. */
    readonly currentVersion?: number,
  ) {
    super(message);
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
