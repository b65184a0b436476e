import { describe, expect, it } from 'vitest';
import { decisionInputSchema, type DecisionInput } from '../../../domain/case/case.schema.js';
import { recordDecision } from '../../../domain/case/decision.commands.js';
import type { CaseFile } from '../../../domain/case/case-file.js';
import type { Position } from '../../../domain/deliberation/vote.schema.js';
import { aGrant } from '../../support/fixtures.js';
import { ctxAt, errorOf, fileIn, hoursAfter, okValue, people, withVotes } from '../builders.js';

const at = ctxAt(hoursAfter(30));
const deliberating = fileIn('in_deliberation');
const withQuorum = (positions: [Position, Position, Position] = ['grant', 'grant', 'grant']): CaseFile =>
  withVotes(deliberating, [[people.kees, positions[0]], [people.anouk, positions[1]], [people.ruben, positions[2]]]);

const deciding = (file: CaseFile, input: DecisionInput) => recordDecision(file, people.marieke, input, at);
const refusal: DecisionInput = { outcome: 'refused', reasoning: 'Geen blijvende doorbraak te verwachten.' };

describe('recording the decision', () => {
  it('records a grant with the tally, who decided and when', () => {
    const change = okValue(deciding(withQuorum(), aGrant(1_800_00)));
    expect(change.case.state).toBe('decided');
    expect(change.case.decision).toMatchObject({
      outcome: 'granted', amountCents: 1_800_00, decidedAt: at.now, decidedBy: { userId: 'marieke' },
      tally: { countedVotes: 3, quorum: { reached: true } },
    });
    expect(change.events).toMatchObject([{ type: 'decision_recorded', from: 'in_deliberation', to: 'decided', reason: 'granted' }]);
  });

  it('is for the programme manager only', () => {
    expect(errorOf(recordDecision(withQuorum(), people.kees, aGrant(), at)).reason).toBe('not_programme_manager');
    expect(errorOf(recordDecision(withQuorum(), people.sanne, aGrant(), at)).reason).toBe('not_programme_manager');
  });

  it('waits while a question to the counsellor is open', () => {
    const waiting = withVotes(fileIn('awaiting_answer'), [[people.lotte, 'grant'], [people.anouk, 'grant'], [people.ruben, 'grant']]);
    expect(errorOf(deciding(waiting, aGrant()))).toMatchObject({ code: 'invalid_transition', state: 'awaiting_answer' });
  });
});

describe('quorum', () => {
  const short = withVotes(deliberating, [[people.kees, 'grant'], [people.anouk, 'grant']]);

  it('refuses a decision without quorum, and names the override field', () => {
    const error = errorOf(deciding(short, aGrant()));
    expect(error).toMatchObject({ code: 'rule_violation', reason: 'quorum_not_reached' });
    expect(error.fields?.[0]?.field).toBe('quorumOverride.reason');
  });

  it('records a decision without quorum when the manager gives a reason to override it', () => {
    const change = okValue(deciding(short, { ...aGrant(), quorumOverride: { reason: 'Ontruiming morgen; panel niet bereikbaar.' } }));
    expect(change.case.decision?.quorumOverride?.reason).toBe('Ontruiming morgen; panel niet bereikbaar.');
    expect(change.case.decision?.tally.quorum.reached).toBe(false);
  });

  it('does not accept an override without a reason', () => {
    expect(decisionInputSchema.safeParse({ ...aGrant(), quorumOverride: { reason: '' } }).success).toBe(false);
  });
});

describe('the amount', () => {
  it('may be lower than requested', () => {
    expect(okValue(deciding(withQuorum(), aGrant(500_00))).case.decision?.amountCents).toBe(500_00);
  });

  it('cannot be more than requested', () => {
    const error = errorOf(deciding(withQuorum(), aGrant(2_000_01)));
    expect(error).toMatchObject({ reason: 'over_requested', fields: [{ field: 'amountCents' }] });
  });

  it('cannot be more than the fund’s maximum per request', () => {
    const big = withVotes(fileIn('in_deliberation', { ...fileIn('draft').case.request, amountCents: 5_000_00 }), [
      [people.kees, 'grant'], [people.anouk, 'grant'], [people.ruben, 'grant'],
    ]);
    const stricter = ctxAt(at.now, { ...at.fund, settings: { ...at.fund.settings, maxPerRequestCents: 4_000_00 } });
    expect(errorOf(recordDecision(big, people.marieke, aGrant(4_500_00), stricter)).reason).toBe('over_maximum');
    expect(recordDecision(big, people.marieke, aGrant(4_000_00), stricter).ok).toBe(true);
  });

  it('must be stated for a grant', () => {
    expect(errorOf(deciding(withQuorum(), { ...aGrant(), amountCents: undefined })).reason).toBe('amount_missing');
  });

  it('is not given with a refusal', () => {
    const error = errorOf(deciding(withQuorum(['refuse', 'refuse', 'refuse']), { ...refusal, amountCents: 100_00 }));
    expect(error).toMatchObject({ reason: 'amount_on_refusal', fields: [{ field: 'amountCents' }] });
    expect(okValue(deciding(withQuorum(['refuse', 'refuse', 'refuse']), refusal)).case.decision?.amountCents).toBeUndefined();
  });
});

describe('conditions, dissent and rules set aside', () => {
  it('needs the conditions of a grant with conditions', () => {
    expect(errorOf(deciding(withQuorum(), { ...aGrant(), outcome: 'granted_with_conditions' })).reason).toBe('conditions_missing');
    const change = deciding(withQuorum(), { ...aGrant(), outcome: 'granted_with_conditions', conditions: 'Eerst de eindafrekening van de leverancier.' });
    expect(change.ok).toBe(true);
    // Agreements for afterwards alone are conditions enough: they are asked at follow-up, not at payment.
    expect(deciding(withQuorum(), { ...aGrant(), outcome: 'granted_with_conditions', agreements: 'Budgetbeheer blijft een jaar.' }).ok).toBe(true);
  });

  it('needs the dissent when a counted vote went against a grant', () => {
    const split = withQuorum(['grant', 'grant', 'refuse']);
    expect(errorOf(deciding(split, aGrant()))).toMatchObject({ reason: 'dissent_missing', fields: [{ field: 'dissent' }] });
    const change = okValue(deciding(split, { ...aGrant(), dissent: 'Ruben vreest een nieuwe achterstand.' }));
    expect(change.case.decision?.dissent).toBe('Ruben vreest een nieuwe achterstand.');
  });

  it('needs the dissent when a counted vote went against a refusal', () => {
    expect(errorOf(deciding(withQuorum(['refuse', 'refuse', 'grant_with_conditions']), refusal)).reason).toBe('dissent_missing');
  });

  it('needs no dissent when the only other position was an abstention', () => {
    const file = withVotes(withQuorum(), [[people.lotte, 'abstain']]);
    expect(deciding(file, aGrant()).ok).toBe(true);
  });

  it('counts a grant with conditions as on the side of a grant', () => {
    expect(deciding(withQuorum(['grant', 'grant_with_conditions', 'grant']), aGrant()).ok).toBe(true);
  });

  it('records which rule was set aside and why, when the panel chose humanity over it', () => {
    const ruleSetAside = { rule: 'Bijzondere bijstand eerst aanvragen', why: 'De aanvraag duurt acht weken; de ontruiming is volgende week.' };
    const change = okValue(deciding(withQuorum(), { ...aGrant(), ruleSetAside }));
    expect(change.case.decision?.ruleSetAside).toEqual(ruleSetAside);
  });

  it('does not accept a rule set aside without saying why', () => {
    expect(decisionInputSchema.safeParse({ ...aGrant(), ruleSetAside: { rule: 'Bijzondere bijstand eerst' } }).success).toBe(false);
  });
});
