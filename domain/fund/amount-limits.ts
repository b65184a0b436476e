import type { Reasoned } from '../shared/reasons.js';
import type { FundSettings } from './fund.schema.js';

/**
 * The limits on an amount that the browser can know before it sends: the domain's commands refuse
 * with these, and the web's forms check with the same functions, so both say the same thing.
 */
type AmountProblem = Reasoned | null;

/** A request asks at most the fund's maximum per request. */
export function requestedAmountProblem(amountCents: number, settings: Pick<FundSettings, 'maxPerRequestCents'>): AmountProblem {
  const maxCents = settings.maxPerRequestCents;
  return amountCents > maxCents ? { reason: 'over_maximum', params: { maxCents } } : null;
}

/**
 * A grant gives at most what was asked, and at most the fund's maximum per request. Without the
 * settings (a screen that has not loaded them) only what was asked is checked; the API checks both.
 */
export function grantedAmountProblem(amountCents: number, requestedCents: number, settings?: Pick<FundSettings, 'maxPerRequestCents'>): AmountProblem {
  if (amountCents > requestedCents) return { reason: 'over_requested', params: { requestedCents } };
  return settings ? requestedAmountProblem(amountCents, settings) : null;
}

/** Payments add up to at most the granted amount. */
export function paidAmountProblem(amountCents: number, grantedCents: number, paidCents: number): AmountProblem {
  const leftCents = grantedCents - paidCents;
  return amountCents > leftCents ? { reason: 'over_granted', params: { leftCents } } : null;
}
