import type { TFunction } from 'i18next';
import type * as z from 'zod';
import { identifyingMessages, type IdentifyingKind } from '../../../../domain/privacy/identifying-data';
import type { FieldProblem } from '../api/api-client';

/** Errors by field path ("household.situation"), already in the user's language. */
export type FieldErrors = Record<string, string>;

/** The domain's own (English) messages that have their own entry in the catalogues. */
const knownMessages: Record<string, string> = {
  'Required: write at least a few words.': 'errors.required',
  'An urgent request needs the hard date (eviction, disconnection, court).': 'errors.hardDateNeeded',
  'A 9-digit reference looks like a BSN: use your own reference instead.': 'privacy.clientRefBsn',
  "Use your organisation's own reference: letters, digits, . _ - / only.": 'errors.clientRefFormat',
  'At least 2 characters.': 'errors.clientRefShort',
  'At most 40 characters.': 'errors.clientRefLong',
  'Name at least one route that was tried or ruled out.': 'errors.routesTried',
  'The amount must be more than zero.': 'errors.amountPositive',
  'The urgent voting window must be shorter than the normal one.': 'errors.urgentWindow',
  'Cannot require more disciplines than votes.': 'errors.disciplinesVsVotes',
  'Some members voted otherwise: record their dissent.': 'errors.dissentMissing',
  ...Object.fromEntries(Object.entries(identifyingMessages).map(([kind, message]) => [message, `privacy.${kind}`])),
};

/** One message in the catalogue's words; the domain's own message when the catalogue has none. */
export function translateMessage(message: string, t: TFunction): string {
  const key = knownMessages[message];
  if (key) return t(key);
  const tooLong = /^At most (\d+) characters\.$/.exec(message);
  if (tooLong) return t('errors.tooLong', { max: Number(tooLong[1]) });
  return message;
}

function translateIssue(issue: z.core.$ZodIssue, t: TFunction): string {
  const privacy = (issue as { params?: { privacy?: IdentifyingKind } }).params?.privacy;
  if (privacy) return t(`privacy.${privacy}`);
  if (knownMessages[issue.message] || /^At most/.test(issue.message)) return translateMessage(issue.message, t);
  switch (issue.code) {
    case 'invalid_type':
      return t('errors.required');
    case 'invalid_value':
      return t('errors.choose');
    case 'too_small':
      return t('errors.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      return t('errors.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      return t('errors.format');
    default:
      return issue.message;
  }
}

/** The first problem of each field, as the user should read it at that field. */
export function errorsOfIssues(issues: readonly z.core.$ZodIssue[], t: TFunction, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(form)';
    errors[path] ??= translateIssue(issue, t);
  }
  return errors;
}

/** The API's refusal of fields (a 400 with `fields`), at the same fields. */
export function errorsOfProblems(problems: readonly FieldProblem[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) errors[problem.field] ??= translateMessage(problem.message, t);
  return errors;
}
