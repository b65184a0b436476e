import { describe, expect, it } from 'vitest';
import { recordDecision } from '../../../domain/case/decision.commands.js';
import { recordPayment } from '../../../domain/payment/payment.commands.js';
import type { PaymentInput } from '../../../domain/payment/payment.schema.js';
import { ctxAt, errorOf, fileIn, okValue, people, step, withVotes } from '../builders.js';

const decided = fileIn('decided'); // granted € 2.000 on 2026-11-20
const DAY_AFTER = '2026-11-21T10:00:00.000Z';
const pay = (amountCents: number, extra: Partial<PaymentInput> = {}): PaymentInput => ({
  amountCents,
  paidOn: '2026-11-21',
  payee: { kind: 'landlord', reference: 'Contract 12-B' },
  ...extra,
});

describe('recording a payment on a grant', () => {
  it('moves a grant paid in full to follow-up, with the moments at the fund’s offsets from the payment', () => {
    const change = okValue(recordPayment(decided, people.marieke, pay(2_000_00), ctxAt(DAY_AFTER)));
    expect(change.case.state).toBe('follow_up');
    expect(change.case.payment).toMatchObject({ paidCents: 2_000_00, firstPaidAt: DAY_AFTER, completedAt: DAY_AFTER });
    expect(change.case.followUp?.moments.map((m) => [m.monthsAfter, m.dueAt])).toEqual([
      [3, '2027-02-21T10:00:00.000Z'],
      [12, '2027-11-21T10:00:00.000Z'],
    ]);
    expect(change.events.map((e) => [e.type, e.from, e.to])).toEqual([
      ['payment_recorded', 'decided', 'paid'],
      ['follow_up_started', 'paid', 'follow_up'],
    ]);
    expect(change.case.version).toBe(decided.case.version + 1);
  });

  it('keeps a partly paid grant in paid until the payments add up to the granted amount', () => {
    const first = step(decided, recordPayment(decided, people.marieke, pay(1_200_00), ctxAt(DAY_AFTER)));
    expect(first.case.state).toBe('paid');
    expect(first.case.payment).toMatchObject({ paidCents: 1_200_00, firstPaidAt: DAY_AFTER });
    expect(first.case.payment?.completedAt).toBeUndefined();
    const later = '2026-11-25T10:00:00.000Z';
    const second = okValue(recordPayment(first, people.marieke, pay(800_00, { paidOn: '2026-11-25' }), ctxAt(later)));
    expect(second.case.state).toBe('follow_up');
    expect(second.case.payment).toMatchObject({ paidCents: 2_000_00, firstPaidAt: DAY_AFTER, completedAt: later });
    expect(second.case.payment?.payments).toHaveLength(2);
  });

  it('lets the manager mark a payment complete below the granted amount', () => {
    const change = okValue(recordPayment(decided, people.marieke, pay(1_500_00, { complete: true }), ctxAt(DAY_AFTER)));
    expect(change.case.state).toBe('follow_up');
    expect(change.case.payment).toMatchObject({ paidCents: 1_500_00, completedAt: DAY_AFTER });
    expect(change.case.payment?.payments[0]).not.toHaveProperty('complete');
  });

  it('refuses payments that add up to more than the granted amount, naming the amount', () => {
    const first = step(decided, recordPayment(decided, people.marieke, pay(1_500_00), ctxAt(DAY_AFTER)));
    const error = errorOf(recordPayment(first, people.marieke, pay(600_00), ctxAt(DAY_AFTER)));
    expect(error).toMatchObject({ code: 'rule_violation', reason: 'over_granted', fields: [{ field: 'amountCents' }] });
    expect(error.message).toContain('500,00');
  });

  it('asks for the conditions to be met before a conditional grant is paid', () => {
    const voted = withVotes(fileIn('in_deliberation'), [[people.kees, 'grant'], [people.anouk, 'grant'], [people.ruben, 'grant']]);
    const conditional = step(voted, recordDecision(voted, people.marieke, {
      outcome: 'granted_with_conditions', amountCents: 2_000_00, conditions: 'Budgetbeheer blijft een jaar.', reasoning: 'Voorwaardelijk toegekend.',
    }, ctxAt('2026-11-21T09:00:00.000Z')));
    expect(errorOf(recordPayment(conditional, people.marieke, pay(2_000_00), ctxAt(DAY_AFTER))).fields?.[0]?.field).toBe('conditionsMet');
    expect(okValue(recordPayment(conditional, people.marieke, pay(2_000_00, { conditionsMet: true }), ctxAt(DAY_AFTER))).case.state).toBe('follow_up');
  });

  it('pays a grant made on agreements for afterwards without asking them met: they are asked at follow-up', () => {
    const voted = withVotes(fileIn('in_deliberation'), [[people.kees, 'grant'], [people.anouk, 'grant'], [people.ruben, 'grant']]);
    const agreed = step(voted, recordDecision(voted, people.marieke, {
      outcome: 'granted_with_conditions', amountCents: 2_000_00, agreements: 'Budgetcoaching gedurende twaalf maanden.', reasoning: 'Toegekend met afspraken.',
    }, ctxAt('2026-11-21T09:00:00.000Z')));
    expect(okValue(recordPayment(agreed, people.marieke, pay(2_000_00), ctxAt(DAY_AFTER))).case.state).toBe('follow_up');
  });

  it('refuses a payment date in the future or before the decision', () => {
    expect(errorOf(recordPayment(decided, people.marieke, pay(100_00, { paidOn: '2026-11-22' }), ctxAt(DAY_AFTER))).reason).toBe('paid_in_future');
    expect(errorOf(recordPayment(decided, people.marieke, pay(100_00, { paidOn: '2026-11-01' }), ctxAt(DAY_AFTER))).reason).toBe('paid_before_decision');
  });

  it('is for the programme manager only', () => {
    expect(errorOf(recordPayment(decided, people.sanne, pay(100_00), ctxAt(DAY_AFTER))).code).toBe('forbidden');
  });

  it('cannot pay a refusal: it went to follow-up at its decision', () => {
    const voted = withVotes(fileIn('in_deliberation'), [[people.kees, 'refuse'], [people.anouk, 'refuse'], [people.ruben, 'refuse']]);
    const refused = step(voted, recordDecision(voted, people.marieke, { outcome: 'refused', reasoning: 'Geen stabiele situatie.' }, ctxAt(DAY_AFTER)));
    expect(refused.case.state).toBe('follow_up');
    expect(refused.case.followUp?.startedAt).toBe(DAY_AFTER);
    expect(errorOf(recordPayment(refused, people.marieke, pay(100_00), ctxAt(DAY_AFTER))).code).toBe('invalid_transition');
  });
});
