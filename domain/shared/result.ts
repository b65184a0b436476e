import type { ParamsArgument, ReasonCode, ReasonParams, Reasoned } from './reasons.js';

/** Errors are values in the domain; the HTTP edge maps each code to a status. */
export type DomainErrorCode =
  | 'validation'
  | 'forbidden'
  | 'not_found'
  | 'invalid_transition'
  | 'rule_violation'
  | 'version_conflict';

/** One field and what is wrong with it: the code and its parameters; the English message is for API users and logs. */
export interface FieldProblem {
  field: string;
  reason: ReasonCode;
  params?: ReasonParams;
  message: string;
}

export interface DomainError {
  code: DomainErrorCode;
  /** The reason under the code, from the one list (reasons.ts): what the web translates. */
  reason: ReasonCode;
  /** What the reason's text needs: the maximum, the state. */
  params?: ReasonParams;
  /** In English, for API users and logs; never shown on a screen. */
  message: string;
  /** The case state the command was refused in (invalid_transition). */
  state?: string;
  /** Each field and what is wrong with it (validation, rule_violation). */
  fields?: FieldProblem[];
}

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (error: DomainError): { ok: false; error: DomainError } => ({ ok: false, error });

/** A rule of the fund refused it; `field` is the path of the input it concerns, when there is one. */
export const ruleViolation = <R extends ReasonCode>(reason: R, message: string, field?: string, ...[params]: ParamsArgument<R>) =>
  fail({
    code: 'rule_violation',
    reason,
    message,
    ...(params ? { params } : {}),
    fields: field ? [{ field, reason, message, ...(params ? { params } : {}) }] : undefined,
  });

/** A rule checked by a shared function (amount-limits.ts) refused it, at this field. */
export const violationOf = ({ reason, params }: Reasoned, message: string, field: string) =>
  fail({ code: 'rule_violation', reason, message, ...(params ? { params } : {}), fields: [{ field, reason, message, ...(params ? { params } : {}) }] });

export const forbidden = <R extends ReasonCode>(reason: R, message: string, ...[params]: ParamsArgument<R>) =>
  fail({ code: 'forbidden', reason, message, ...(params ? { params } : {}) });

export const notFoundError = <R extends ReasonCode>(reason: R, message: string, field?: string, ...[params]: ParamsArgument<R>) =>
  fail({
    code: 'not_found',
    reason,
    message,
    ...(params ? { params } : {}),
    fields: field ? [{ field, reason, message, ...(params ? { params } : {}) }] : undefined,
  });
