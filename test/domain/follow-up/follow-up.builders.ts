import type { CaseFile } from '../../../domain/case/case-file.js';
import type { FollowUpReport } from '../../../domain/follow-up/follow-up.schema.js';
import { recordPayment } from '../../../domain/payment/payment.commands.js';
import { ctxAt, fileIn, people, step } from '../builders.js';

export const PAID_AT = '2026-11-21T10:00:00.000Z';
/** Moment 1 is due three months after the payment, moment 2 twelve months after. */
export const DUE_1 = '2027-02-21T10:00:00.000Z';
export const DUE_2 = '2027-11-21T10:00:00.000Z';

/** sanne's grant, paid in full on PAID_AT: in follow-up. */
export function inFollowUp(): CaseFile {
  const decided = fileIn('decided');
  return step(decided, recordPayment(decided, people.marieke,
    { amountCents: 2_000_00, paidOn: '2026-11-21', payee: { kind: 'landlord', reference: 'Contract 12-B' } }, ctxAt(PAID_AT)));
}

export const aReport = (overrides: Partial<FollowUpReport> = {}): FollowUpReport => ({
  breakthrough: 'yes',
  domains: { housing: 'better', debts: 'better', income: 'same', work: 'same', wellbeing: 'better' },
  notes: { housing: 'Ontruiming van de baan; huur wordt automatisch betaald.' },
  unexpected: 'De corporatie bood zelf een gesprek aan over een goedkopere woning.',
  lesson: 'Betaal rechtstreeks aan de corporatie; dan trekt zij de procedure dezelfde week in.',
  ...overrides,
});
