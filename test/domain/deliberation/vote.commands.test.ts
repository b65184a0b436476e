import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/case/case-file.js';
import { castVote, comment, declareConflict } from '../../../domain/deliberation/vote.commands.js';
import { tally } from '../../../domain/deliberation/tally.js';
import type { Position } from '../../../domain/deliberation/vote.schema.js';
import type { Actor } from '../../../domain/people/actor.schema.js';
import { aVote } from '../../support/fixtures.js';
import { ctxAt, errorOf, fileIn, hoursAfter, okValue, people, settings, step } from '../builders.js';

const deliberating = fileIn('in_deliberation');
const at = (hours: number) => ctxAt(hoursAfter(hours));

describe('who may vote', () => {
  it('refuses a vote from the counsellor’s own organisation', () => {
    const error = errorOf(castVote(deliberating, people.mila, aVote(), at(5)));
    expect(error).toMatchObject({ code: 'forbidden', reason: 'own_organisation' });
    expect(error.message).toMatch(/counsellor's organisation/);
  });

  it('refuses a vote from a member who declared a conflict of interest', () => {
    const recused = step(deliberating, declareConflict(deliberating, people.kees, 'Buurman van de cliënt.', at(5)));
    expect(errorOf(castVote(recused, people.kees, aVote(), at(6)))).toMatchObject({ code: 'forbidden', reason: 'conflict_of_interest' });
  });

  it('refuses a vote from anyone who is not a panel member', () => {
    for (const actor of [people.marieke, people.sanne, people.youssef])
      expect(errorOf(castVote(deliberating, actor, aVote(), at(5)))).toMatchObject({ code: 'forbidden', reason: 'not_panel_member' });
  });

  it('refuses a vote from a panel member whose account has no discipline', () => {
    expect(errorOf(castVote(deliberating, { ...people.kees, discipline: undefined }, aVote(), at(5))).reason).toBe('profile_incomplete');
  });

  it('accepts a vote while the case waits for the counsellor’s answer', () => {
    expect(castVote(fileIn('awaiting_answer'), people.lotte, aVote(), at(5)).ok).toBe(true);
  });
});

describe('casting and revising a vote', () => {
  it('records the position, the member’s discipline and organisation, and revision 1', () => {
    const change = okValue(castVote(deliberating, people.kees, aVote('refuse'), at(5)));
    expect(change.vote?.record).toMatchObject({
      position: 'refuse', revision: 1, castAt: hoursAfter(5), updatedAt: hoursAfter(5),
      member: { userId: 'kees', discipline: 'housing', organisationId: 'woonstichting', role: 'panel_member' },
    });
    expect(change.vote?.previousRevision).toBeUndefined();
    expect(change.events).toMatchObject([{ type: 'vote_cast', by: { userId: 'kees' }, at: hoursAfter(5) }]);
  });

  it('revises one’s own vote: one vote, the next revision, the first moment kept', () => {
    const voted = step(deliberating, castVote(deliberating, people.kees, aVote('refuse'), at(5)));
    const change = okValue(castVote(voted, people.kees, aVote('grant'), at(7)));
    expect(change.vote).toMatchObject({ previousRevision: 1, record: { position: 'grant', revision: 2, castAt: hoursAfter(5), updatedAt: hoursAfter(7) } });
    expect(change.events[0]!.type).toBe('vote_revised');
    expect(step(voted, castVote(voted, people.kees, aVote('grant'), at(7))).votes).toHaveLength(1);
  });

  it('refuses a revision once the decision is recorded', () => {
    const decided = fileIn('decided');
    expect(errorOf(castVote(decided, people.kees, aVote('refuse'), at(30)))).toMatchObject({ code: 'invalid_transition', state: 'decided' });
  });

  it('keeps one vote per member, at the revision of their last cast, with one history entry per cast', () => {
    const members = [people.pieter, people.fatima, people.lotte, people.kees];
    const positions: Position[] = ['grant', 'grant_with_conditions', 'refuse', 'abstain'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...members), fc.constantFrom(...positions)), { maxLength: 20 }), (casts) => {
        const file = casts.reduce((f, [member, position], i) => step(f, castVote(f, member, aVote(position), at(5 + i))), deliberating);
        const ids = file.votes.map((v) => v.member.userId);
        const castsOf = (m: Actor) => casts.filter(([c]) => c.userId === m.userId).length;
        return (
          new Set(ids).size === ids.length &&
          file.votes.every((v) => v.revision === castsOf(members.find((m) => m.userId === v.member.userId)!)) &&
          file.history.filter((h) => h.type === 'vote_cast' || h.type === 'vote_revised').length === casts.length
        );
      }),
    );
  });
});

describe('declaring a conflict of interest', () => {
  it('sets aside a vote the member already cast, and says so in the history', () => {
    const voted = step(deliberating, castVote(deliberating, people.kees, aVote(), at(5)));
    const change = okValue(declareConflict(voted, people.kees, 'Familie van de verhuurder.', at(6)));
    expect(change.removedVoteOf).toBe('kees');
    expect(change.events.map((e) => e.type)).toEqual(['conflict_declared', 'vote_set_aside']);
    expect(change.events[0]).toMatchObject({ by: { userId: 'kees' }, at: hoursAfter(6), reason: 'Familie van de verhuurder.' });
    const after = step(voted, declareConflict(voted, people.kees, 'Familie van de verhuurder.', at(6)));
    expect(after.votes).toEqual([]);
    expect(tally(after.case, after.votes, after.conflicts, settings).countedVotes).toBe(0);
  });

  it('sets nothing aside when the member had not voted', () => {
    const change = okValue(declareConflict(deliberating, people.kees, 'Buurman van de cliënt.', at(5)));
    expect(change.removedVoteOf).toBeUndefined();
    expect(change.events.map((e) => e.type)).toEqual(['conflict_declared']);
  });

  it('refuses a second declaration by the same member', () => {
    const recused = step(deliberating, declareConflict(deliberating, people.kees, 'Buurman van de cliënt.', at(5)));
    expect(errorOf(declareConflict(recused, people.kees, 'Nog eens.', at(6))).reason).toBe('conflict_already_declared');
  });

  it('is for panel members only', () => {
    expect(errorOf(declareConflict(deliberating, people.marieke, 'Ik ken de cliënt.', at(5))).code).toBe('forbidden');
  });
});

describe('the panel’s discussion', () => {
  it('takes a comment from an eligible member and from the programme manager', () => {
    expect(okValue(comment(deliberating, people.lotte, 'Is er budgetbeheer?', at(5))).comment).toMatchObject({ author: { userId: 'lotte' }, text: 'Is er budgetbeheer?' });
    expect(comment(deliberating, people.marieke, 'Graag voor vrijdag stemmen.', at(5)).ok).toBe(true);
  });

  it('refuses a comment from the counsellor’s own organisation, a recused member or the counsellor', () => {
    const recused: CaseFile = step(deliberating, declareConflict(deliberating, people.kees, 'Buurman.', at(5)));
    expect(errorOf(comment(recused, people.mila, 'Ken ik.', at(6))).reason).toBe('own_organisation');
    expect(errorOf(comment(recused, people.kees, 'Toch even.', at(6))).reason).toBe('conflict_of_interest');
    expect(errorOf(comment(recused, people.sanne, 'Aanvulling.', at(6))).code).toBe('forbidden');
  });
});
