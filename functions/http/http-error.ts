import type { DomainError, FieldProblem } from '../../domain/shared/result.js';
import type { ReasonCode, ReasonParams } from '../../domain/shared/reasons.js';

export interface ErrorBody {
  error: {
    /** The kind of refusal (validation, forbidden, rule_violation, invalid_json, …). */
    code: string;
    /** What exactly, from the one list of reasons: the web shows its text for this code. */
    reason: ReasonCode;
    /** What the reason's text needs: the maximum, the state, the current version. */
    params?: ReasonParams;
    /** In English, for API users and logs. */
    message: string;
    fields?: FieldProblem[];
    state?: string;
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

type Extra = Partial<Omit<ErrorBody['error'], 'reason' | 'message'>>;

/** A refusal by the edge; its code is the reason unless `extra.code` names a broader kind (validation). */
export const httpError = (status: number, reason: ReasonCode, message: string, extra: Extra = {}) =>
  new HttpError(status, { error: { code: reason, reason, message, ...extra } });

/** One field the edge refused, with its reason. */
export const fieldProblem = (field: string, reason: ReasonCode, message: string, params?: ReasonParams): FieldProblem => ({
  field,
  reason,
  message,
  ...(params ? { params } : {}),
});

/** A body the domain refused, field by field (the paths below `body`): a 400 named after the first problem. */
export function bodyRefused(problems: readonly FieldProblem[]): HttpError {
  const first = problems[0]!;
  return httpError(400, first.reason, first.message, {
    code: 'validation', fields: problems.map((p) => fieldProblem(`body.${p.field}`, p.reason, p.message, p.params)),
  });
}

export const notFound = (what = 'case') =>
  httpError(404, 'not_found', `No such ${what}, or it is not visible to you.`);
