import i18next, { type TFunction } from 'i18next';
import type * as z from 'zod';
import { reasonOfIssue } from '../../../../domain/shared/validation';
import { isReasonCode, type Reasoned, type ReasonParams } from '../../../../domain/shared/reasons';
import { ApiError, type FieldProblem } from '../api/api-client';
import { formatters } from '../format';

/** Errors by field path ("household.situation"), already in the user's language. */
export type FieldErrors = Record<string, string>;

/** Parameters as the text shows them: amounts (…Cents) in euros, days (…On) as dates, a state by its name. */
function shownParams(params: ReasonParams | undefined, t: TFunction): Record<string, string | number> {
  const format = formatters(i18next.language || 'nl');
  const shown: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value === undefined) continue;
    if (name.endsWith('Cents') && typeof value === 'number') shown[name] = format.money(value);
    else if (name.endsWith('On') && typeof value === 'string') shown[name] = format.date(value);
    else if (name === 'state' && typeof value === 'string') shown[name] = t(`state.${value}`, { defaultValue: value });
    else shown[name] = value;
  }
  return shown;
}

/** The text of one reason in the user's language, with its parameters: never the server's English sentence. */
export function reasonText({ reason, params }: Reasoned, t: TFunction): string {
  return t(`reasons.${reason}`, shownParams(params, t));
}

/** The first problem of each field, as the user should read it at that field. */
export function errorsOfIssues(issues: readonly z.core.$ZodIssue[], t: TFunction, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(form)';
    errors[path] ??= reasonText(reasonOfIssue(issue), t);
  }
  return errors;
}

/**
 * The API's refusal of fields, at the same fields. `within` drops the part of the API's path the
 * form does not have (the submit route names "request.amountCents", the form "amountCents").
 */
export function errorsOfProblems(problems: readonly FieldProblem[], t: TFunction, within = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) {
    const field = within && problem.field.startsWith(`${within}.`) ? problem.field.slice(within.length + 1) : problem.field;
    errors[field] ??= isReasonCode(problem.reason) ? reasonText({ reason: problem.reason, params: problem.params }, t) : t('form.failed');
  }
  return errors;
}

/** The text for a refusal that is not about one field (403, 409, 422): per reason code, or `fallback` when it is no API answer. */
export function errorText(error: unknown, t: TFunction, fallback = 'state.failed'): string {
  if (error instanceof ApiError && isReasonCode(error.reason)) return reasonText({ reason: error.reason, params: error.params }, t);
  return t(fallback);
}
