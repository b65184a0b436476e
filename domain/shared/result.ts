/** Errors are values in the domain; the HTTP edge maps each code to a status. */
export type DomainErrorCode =
  | 'validation'
  | 'forbidden'
  | 'not_found'
  | 'invalid_transition'
  | 'rule_violation'
  | 'version_conflict';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface DomainError {
  code: DomainErrorCode;
  message: string;
  /** The case state the command was refused in (invalid_transition). */
  state?: string;
  /** Each field and what is wrong with it (validation, rule_violation). */
  fields?: FieldProblem[];
  /** A machine-readable reason under the code, e.g. 'quorum_not_reached'. */
  reason?: string;
}

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (error: DomainError): { ok: false; error: DomainError } => ({ ok: false, error });

export const ruleViolation = (reason: string, message: string, field?: string) =>
  fail({ code: 'rule_violation', reason, message, fields: field ? [{ field, message }] : undefined });

export const forbidden = (reason: string, message: string) => fail({ code: 'forbidden', reason, message });
