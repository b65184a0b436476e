import type { DomainError, FieldProblem } from '../../domain/shared/result.js';

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: FieldProblem[];
    state?: string;
    reason?: string;
    currentVersion?: number;
  };
}

/** An answer other than success, thrown by the edge and turned into JSON by the error middleware. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.error.message);
  }
}

const statusOf: Record<DomainError['code'], number> = {
  validation: 400,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  invalid_transition: 422,
  rule_violation: 422,
};

export const fromDomainError = (error: DomainError) => new HttpError(statusOf[error.code], { error });

export const httpError = (status: number, code: string, message: string, extra: Partial<ErrorBody['error']> = {}) =>
  new HttpError(status, { error: { code, message, ...extra } });

export const notFound = (what = 'case') =>
  httpError(404, 'not_found', `No such ${what}, or it is not visible to you.`);
