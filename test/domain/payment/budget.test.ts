import { describe, expect, it } from 'vitest';
import { recordDecision } from '../../../domain/case/decision.commands.js';
import { budgetDelta, budgetView, caseBudget } from '../../../domain/payment/budget.js';
import { recordPayment } from '../../../domain/payment/payment.commands.js';
import { aGrant } from '../../support/fixtures.js';
import { ctxAt, errorOf, fileIn, okValue, people, settings, step, withVotes } from '../builders.js';

const voted = () => withVotes(fileIn('in_deliberation'), [[people.kees, 'grant'], [people.anouk, 'grant'], [people.ruben, 'grant']]);
const at = '2026-11-21T09:00:00.000Z';

describe('the budget before a decision', () => {
  it('says what would be left after a grant', () => {
    expect(budgetView(settings, '2026', { grantedCents: 240_000_00, paidCents: 200_000_00 }, 2_000_00)).toEqual({
      year: '2026', annualBudgetCents: 250_000_00, grantedCents: 240_000_00, paidCents: 200_000_00,
      remainingCents: 10_000_00, afterGrantCents: 8_000_00,
    });
  });

  it('lets a grant within the remaining budget through', () => {
    const ctx = { ...ctxAt(at), budget: { year: '2026', grantedCents: 248_000_00 } };
    expect(okValue(recordDecision(voted(), people.marieke, aGrant(2_000_00), ctx)).case.state).toBe('decided');
  });

  it('asks for an override with a reason for a grant over the remaining budget, naming the field', () => {
    const ctx = { ...ctxAt(at), budget: { year: '2026', grantedCents: 249_000_00 } };
    const error = errorOf(recordDecision(voted(), people.marieke, aGrant(2_000_00), ctx));
    expect(error).toMatchObject({ code: 'rule_violation', reason: 'over_budget', fields: [{ field: 'budgetOverride.reason' }] });
    expect(error.message).toContain('2026');
    const overridden = { ...aGrant(2_000_00), budgetOverride: { reason: 'Ontruiming volgende week; het fonds vult aan in januari.' } };
    expect(okValue(recordDecision(voted(), people.marieke, overridden, ctx)).case.decision?.budgetOverride).toBeDefined();
  });

  it('never asks for a budget override on a refusal', () => {
    const refusing = withVotes(fileIn('in_deliberation'), [[people.kees, 'refuse'], [people.anouk, 'refuse'], [people.ruben, 'refuse']]);
    const ctx = { ...ctxAt(at), budget: { year: '2026', grantedCents: 250_000_00 } };
    expect(recordDecision(refusing, people.marieke, { outcome: 'refused', reasoning: 'Geen doorbraak te verwachten.' }, ctx).ok).toBe(true);
  });

  it('refuses a grant decided without the year’s granted sum, instead of letting it through unchecked', () => {
    const unread = { ...ctxAt(at), budget: undefined };
    expect(errorOf(recordDecision(voted(), people.marieke, aGrant(2_000_00), unread))).toMatchObject({ code: 'rule_violation', reason: 'budget_unknown' });
  });
});

describe('the budget sums a change adds', () => {
  it('counts a grant in the year of its decision and each payment in the year it was recorded', () => {
    const decided = fileIn('decided');
    const paidInJanuary = step(decided, recordPayment(decided, people.marieke,
      { amountCents: 500_00, paidOn: '2027-01-05', payee: { kind: 'landlord', reference: 'Contract' } }, ctxAt('2027-01-05T10:00:00.000Z')));
    expect(caseBudget(paidInJanuary.case)).toEqual({ '2026': { grantedCents: 2_000_00, paidCents: 0 }, '2027': { grantedCents: 0, paidCents: 500_00 } });
  });

  it('adds the grant once at the decision, and only the new payment after that', () => {
    const before = voted();
    const decided = step(before, recordDecision(before, people.marieke, aGrant(2_000_00), ctxAt(at)));
    expect(budgetDelta(before.case, decided.case)).toEqual({ '2026': { grantedCents: 2_000_00, paidCents: 0 } });
    const paid = step(decided, recordPayment(decided, people.marieke,
      { amountCents: 700_00, paidOn: '2026-11-21', payee: { kind: 'landlord', reference: 'Contract' } }, ctxAt(at)));
    expect(budgetDelta(decided.case, paid.case)).toEqual({ '2026': { grantedCents: 0, paidCents: 700_00 } });
    expect(budgetDelta(paid.case, { ...paid.case, version: paid.case.version + 1 })).toEqual({});
  });
});
