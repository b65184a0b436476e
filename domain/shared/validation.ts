import type * as z from 'zod';
import { fail, ok, type DomainError, type FieldProblem, type Result } from './result.js';
import { isReasonCode, type Reasoned } from './reasons.js';

/** Amounts are the fields whose name ends in Cents: their bounds are money, not plain numbers. */
const isAmount = (issue: z.core.$ZodIssue) => /Cents$/.test(String(issue.path.at(-1) ?? ''));

/**
 * The reason code of one zod issue, with what its text needs (the minimum, the maximum). A
 * schema's own refinements carry their code in `params.reason`; zod's checks map by kind. The
 * server and the web both read issues through this, so a field says the same on either side.
 */
export function reasonOfIssue(issue: z.core.$ZodIssue): Reasoned {
  switch (issue.code) {
    case 'custom': {
      const reason: unknown = issue.params?.reason;
      return isReasonCode(reason) ? { reason } : { reason: 'invalid_value' };
    }
    case 'invalid_type':
      // The input is known when the caller asked zod to report it (the server does).
      return { reason: 'input' in issue && issue.input !== undefined ? 'invalid_type' : 'required' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { reason: 'required' } : { reason: 'too_short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'too_few', params: { min } };
      if (isAmount(issue)) return min === 1 ? { reason: 'amount_not_positive' } : { reason: 'amount_too_small', params: { minCents: min } };
      return { reason: 'too_small', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { reason: 'too_long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'too_many', params: { max } };
      if (isAmount(issue)) return { reason: 'amount_too_big', params: { maxCents: max } };
      return { reason: 'too_big', params: { max } };
    }
    case 'invalid_value':
    case 'invalid_union':
      return { reason: 'invalid_choice' };
    case 'invalid_format':
      return { reason: 'invalid_format' };
    case 'unrecognized_keys':
      return { reason: 'unknown_field' };
    default:
      return { reason: 'invalid_value' };
  }
}

/** The dotted path of an issue ("request.household.situation"), under an optional prefix. */
export const pathOfIssue = (issue: z.core.$ZodIssue, prefix?: string): string =>
  [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)';

/** Each zod issue as the field it concerns (dotted path), its reason code and parameters. */
export function validationError(error: z.ZodError, prefix?: string): DomainError {
  const fields: FieldProblem[] = error.issues.map((issue) => ({ field: pathOfIssue(issue, prefix), ...reasonOfIssue(issue), message: issue.message }));
  return { code: 'validation', reason: 'invalid_fields', message: `Check ${fields.map((f) => f.field).join(', ')}.`, fields };
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): Result<z.infer<S>> {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? ok(parsed.data) : fail(validationError(parsed.error, prefix));
}
