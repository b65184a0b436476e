import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordDecision } from '../../../domain/case/decision.commands.js';
import { editDraft } from '../../../domain/case/draft.commands.js';
import type { CaseChange, CaseFile, CommandContext } from '../../../domain/case/case-file.js';
import type { CaseState } from '../../../domain/case/lifecycle.js';
import { requestSchema } from '../../../domain/case/request.schema.js';
import { openDeliberation, screen, withdraw } from '../../../domain/case/screening.commands.js';
import { submit } from '../../../domain/case/submission.commands.js';
import { answerQuestion, askQuestion } from '../../../domain/deliberation/question.commands.js';
import { castVote, comment, declareConflict } from '../../../domain/deliberation/vote.commands.js';
import { fundSettingsSchema } from '../../../domain/fund/fund.schema.js';
import { recordPayment } from '../../../domain/payment/payment.commands.js';
import type { Actor } from '../../../domain/people/actor.schema.js';
import { reasonCodes, reasonParams } from '../../../domain/shared/reasons.js';
import type { DomainError, Result } from '../../../domain/shared/result.js';
import { parseWith } from '../../../domain/shared/validation.js';
import { aGrant, aRequest, aVote } from '../../support/fixtures.js';
import { ctxAt, errorOf, fileIn, people, settings, T0, withVotes } from '../builders.js';

/** A refusal names a code of the one list, with exactly the parameters that code gives, at each field too. */
function expectWellReasoned(error: DomainError) {
  for (const reasoned of [error, ...(error.fields ?? [])]) {
    expect(reasonCodes).toContain(reasoned.reason);
    expect(Object.keys(reasoned.params ?? {}).sort()).toEqual([...reasonParams[reasoned.reason]].sort());
  }
}

type Command = (file: CaseFile, actor: Actor, ctx: CommandContext) => Result<CaseChange>;
const commands: Command[] = [
  (f, a, c) => editDraft(f, a, { amountCents: 100_00 }, c),
  (f, a, c) => submit(f, a, [], c),
  (f, a, c) => withdraw(f, a, 'Niet meer nodig.', c),
  (f, a, c) => screen(f, a, { outcome: 'in' }, c),
  (f, a, c) => openDeliberation(f, a, c),
  (f, a, c) => askQuestion(f, a, 'Hoe staat het ervoor?', c),
  (f, a, c) => answerQuestion(f, a, { questionId: 'none', text: 'Goed.' }, c),
  (f, a, c) => castVote(f, a, aVote('grant'), c),
  (f, a, c) => comment(f, a, 'Meningen?', c),
  (f, a, c) => declareConflict(f, a, 'Ken de cliënt.', c),
  (f, a, c) => recordDecision(f, a, aGrant(9_000_00), c),
  (f, a, c) => recordDecision(f, a, { outcome: 'refused', reasoning: 'Geen doorbraak te verwachten.' }, c),
  (f, a, c) => recordPayment(f, a, { amountCents: 1_00, paidOn: '2026-11-21', payee: { kind: 'landlord', reference: 'HUUR-1' } }, c),
];
const states: CaseState[] = ['draft', 'submitted', 'screened', 'screened_out', 'in_deliberation', 'awaiting_answer', 'decided', 'withdrawn'];
const files = Object.fromEntries(states.map((s) => [s, fileIn(s)])) as Record<CaseState, CaseFile>;

describe('every refusal of a command', () => {
  it('names a reason from the one list, with the parameters that reason gives', () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.constantFrom(...Object.values(people)), fc.nat(commands.length - 1), (state, actor, index) => {
        const result = commands[index]!(files[state], actor, ctxAt('2026-11-21T10:00:00.000Z'));
        if (!result.ok) expectWellReasoned(result.error);
      }),
      { numRuns: 500 },
    );
  });

  it('says in which state a command cannot be done', () => {
    const error = errorOf(submit(files.withdrawn, people.sanne, [], ctxAt(T0)));
    expect(error).toMatchObject({ code: 'invalid_transition', reason: 'invalid_transition', params: { state: 'withdrawn' } });
  });

  it('gives the maximum when a request asks more than the fund gives', () => {
    const file = fileIn('draft', aRequest({ amountCents: 6_000_00 }));
    const error = errorOf(submit(file, people.sanne, [], ctxAt(T0)));
    expect(error).toMatchObject({ reason: 'over_maximum', params: { maxCents: settings.maxPerRequestCents } });
    expect(error.fields).toEqual([expect.objectContaining({ field: 'request.amountCents', reason: 'over_maximum', params: { maxCents: settings.maxPerRequestCents } })]);
  });

  it('gives what was asked when a grant is more', () => {
    const voted = withVotes(fileIn('in_deliberation'), [[people.kees, 'grant'], [people.anouk, 'grant'], [people.ruben, 'grant']]);
    const requested = voted.case.request.amountCents!;
    const error = errorOf(recordDecision(voted, people.marieke, aGrant(requested + 1), ctxAt('2026-11-21T10:00:00.000Z')));
    expect(error).toMatchObject({ reason: 'over_requested', params: { requestedCents: requested } });
  });

  it('gives what is left to pay when a payment is more than the grant', () => {
    const decided = fileIn('decided');
    const granted = decided.case.decision!.amountCents!;
    const error = errorOf(recordPayment(decided, people.marieke, { amountCents: granted + 1, paidOn: '2026-11-21', payee: { kind: 'landlord', reference: 'HUUR-1' } }, ctxAt('2026-11-21T10:00:00.000Z')));
    expect(error).toMatchObject({ reason: 'over_granted', params: { leftCents: granted } });
  });
});

describe('every field problem', () => {
  it('names its reason and the bound', () => {
    const parsed = parseWith(fundSettingsSchema, { ...settings, votingWindowHours: { normal: 48, urgent: 72 }, retentionMonths: 3 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'retentionMonths', reason: 'too_small', params: { min: 6 } }),
      ]),
    );
    parsed.error.fields?.forEach((f) => expect(reasonCodes).toContain(f.reason));
  });

  it('tells a missing field from one of the wrong kind, and an amount from a number', () => {
    const parsed = parseWith(requestSchema, { ...aRequest(), clientRef: undefined, stability: 12, amountCents: 0 });
    if (parsed.ok) throw new Error('expected a refusal');
    const reasons = Object.fromEntries((parsed.error.fields ?? []).map((f) => [f.field, f.reason]));
    expect(reasons).toMatchObject({ clientRef: 'required', stability: 'invalid_type', amountCents: 'amount_not_positive' });
  });

  it('carries the code of a refinement: the hard date, the routes tried, identifying data', () => {
    const request = aRequest();
    const parsed = parseWith(requestSchema, {
      ...request,
      urgency: { urgent: true },
      noAlternative: { ...request.noAlternative, routesTried: [] },
      breakthrough: 'Mail hem op jan@example.nl voor de details.',
    });
    if (parsed.ok) throw new Error('expected a refusal');
    const reasons = Object.fromEntries((parsed.error.fields ?? []).map((f) => [f.field, f.reason]));
    expect(reasons).toMatchObject({ 'noAlternative.routesTried': 'routes_tried_missing', breakthrough: 'identifying_email' });
    // zod checks the whole-request rule only once every field parses.
    const urgentOnly = parseWith(requestSchema, { ...request, urgency: { urgent: true } });
    expect(urgentOnly.ok ? null : urgentOnly.error.fields).toEqual([expect.objectContaining({ field: 'urgency.hardDate', reason: 'hard_date_needed' })]);
  });
});
