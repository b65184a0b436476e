import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tally } from '../../../domain/deliberation/tally.js';
import type { Conflict, Position, Vote } from '../../../domain/deliberation/vote.schema.js';
import type { Actor } from '../../../domain/people/actor.schema.js';
import { aVote } from '../../support/fixtures.js';
import { hoursAfter, people, settings } from '../builders.js';

const kase = { organisationId: 'madi-zuid' };

const voteOf = (member: Actor, position: Position, revision = 1): Vote => ({
  ...aVote(position),
  caseId: 'c1',
  member: { userId: member.userId, name: member.name, role: member.role, discipline: member.discipline!, organisationId: member.organisationId! },
  castAt: hoursAfter(1),
  updatedAt: hoursAfter(1),
  revision,
});

const conflictOf = (member: Actor): Conflict => ({
  caseId: 'c1', member: { userId: member.userId, name: member.name, role: member.role }, reason: 'Ken de cliënt.', at: hoursAfter(1),
});

const votes = (...list: Array<[Actor, Position]>) => list.map(([m, p]) => voteOf(m, p));

describe('quorum', () => {
  it('is reached with enough votes from enough distinct disciplines', () => {
    const t = tally(kase, votes([people.pieter, 'grant'], [people.kees, 'grant'], [people.anouk, 'refuse']), [], settings);
    expect(t.quorum).toEqual({ reached: true, votes: { have: 3, need: 3 }, disciplines: { have: 3, need: 3 } });
    expect(t.disciplines).toEqual(['debt_relief', 'health_care', 'housing']);
  });

  it('is not reached with too few votes', () => {
    const t = tally(kase, votes([people.pieter, 'grant'], [people.kees, 'grant']), [], settings);
    expect(t.quorum.reached).toBe(false);
    expect(t.quorum.votes).toEqual({ have: 2, need: 3 });
  });

  it('is not reached when enough members vote but from too few disciplines', () => {
    const t = tally(kase, votes([people.pieter, 'grant'], [people.bram, 'grant'], [people.kees, 'grant']), [], settings);
    expect(t.quorum).toMatchObject({ reached: false, votes: { have: 3 }, disciplines: { have: 2, need: 3 } });
  });

  it('does not count an abstention towards quorum, though it is shown', () => {
    const t = tally(kase, votes([people.pieter, 'grant'], [people.kees, 'grant'], [people.anouk, 'abstain']), [], settings);
    expect(t.quorum.reached).toBe(false);
    expect(t.countedVotes).toBe(2);
    expect(t.counts.abstain).toBe(1);
    expect(t.disciplines).not.toContain('health_care');
  });

  it('does not count a vote from the counsellor’s own organisation', () => {
    const t = tally(kase, votes([people.mila, 'grant'], [people.kees, 'grant'], [people.anouk, 'grant']), [], settings);
    expect(t.countedVotes).toBe(2);
    expect(t.quorum.reached).toBe(false);
  });

  it('does not count a vote from a member who declared a conflict', () => {
    const t = tally(kase, votes([people.pieter, 'grant'], [people.kees, 'grant'], [people.anouk, 'grant']), [conflictOf(people.kees)], settings);
    expect(t.countedVotes).toBe(2);
    expect(t.counts.grant).toBe(2);
  });

  it('follows the fund’s own numbers', () => {
    const lenient = { ...settings, quorum: { minVotes: 1, minDisciplines: 1 } };
    expect(tally(kase, votes([people.kees, 'refuse']), [], lenient).quorum.reached).toBe(true);
  });
});

describe('the tally', () => {
  it('counts each position and leans to the most votes', () => {
    const t = tally(kase, votes([people.pieter, 'grant'], [people.kees, 'grant'], [people.anouk, 'refuse'], [people.ruben, 'grant_with_conditions']), [], settings);
    expect(t.counts).toEqual({ grant: 2, grant_with_conditions: 1, refuse: 1, abstain: 0 });
    expect(t.leaning).toBe('grant');
  });

  it('says tie when two positions have the most votes, and nothing when no one voted', () => {
    expect(tally(kase, votes([people.pieter, 'grant'], [people.kees, 'refuse']), [], settings).leaning).toBe('tie');
    expect(tally(kase, votes([people.pieter, 'abstain']), [], settings).leaning).toBeNull();
    expect(tally(kase, [], [], settings).leaning).toBeNull();
  });

  it('leans to granting when grants and grants with conditions together outnumber refusals', () => {
    const t = tally(kase, votes([people.pieter, 'grant'], [people.kees, 'grant_with_conditions'], [people.anouk, 'refuse']), [], settings);
    expect(t.leaning).toBe('grant_with_conditions');
  });

  it('leans to the side with more votes, grant and grant with conditions being one side, for any mix of votes', () => {
    const members = [people.pieter, people.kees, people.anouk, people.ruben, people.fatima, people.lotte];
    const mix = fc.array(fc.constantFrom<Position>('grant', 'grant_with_conditions', 'refuse', 'abstain'), { minLength: members.length, maxLength: members.length });
    fc.assert(
      fc.property(mix, fc.integer({ min: 0, max: members.length }), (positions, voters) => {
        const cast = members.slice(0, voters).map((m, i) => [m, positions[i]!] as [Actor, Position]);
        const t = tally(kase, votes(...cast), [], settings);
        const granting = t.counts.grant + t.counts.grant_with_conditions;
        if (granting + t.counts.refuse === 0) expect(t.leaning).toBeNull();
        else if (granting === t.counts.refuse) expect(t.leaning).toBe('tie');
        else if (granting > t.counts.refuse) expect(['grant', 'grant_with_conditions']).toContain(t.leaning);
        else expect(t.leaning).toBe('refuse');
      }),
    );
  });

  it('records where humanity and rules pulled apart', () => {
    // The fixture's vote: humanity sees no alternative left, rules doubt it.
    const t = tally(kase, votes([people.pieter, 'grant'], [people.kees, 'grant']), [], settings);
    expect(t.lensesApart).toEqual([{ criterion: 'noAlternative', favoursGrant: 'humanity' }]);
  });
});

describe('what the tally never does', () => {
  const pool = [people.mila, people.pieter, people.fatima, people.lotte, people.kees, people.anouk, people.ruben, people.bram];
  const positions: Position[] = ['grant', 'grant_with_conditions', 'refuse', 'abstain'];
  const anyVotes = fc.array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...positions)), { maxLength: 20 });
  const anyConflicts = fc.subarray(pool);

  it('never counts a member twice, nor a recused member at all', () => {
    fc.assert(
      fc.property(anyVotes, anyConflicts, (cast, conflicted) => {
        const t = tally(kase, cast.map(([m, p]) => voteOf(m, p)), conflicted.map(conflictOf), settings);
        const eligible = new Set(
          cast.map(([m]) => m).filter((m) => m.organisationId !== kase.organisationId && !conflicted.includes(m)).map((m) => m.userId),
        );
        const shown = Object.values(t.counts).reduce((a, b) => a + b, 0);
        return shown === eligible.size && t.countedVotes === shown - t.counts.abstain && t.countedVotes <= eligible.size;
      }),
    );
  });

  it('never reaches quorum with fewer counted votes or disciplines than the fund asks', () => {
    fc.assert(
      fc.property(anyVotes, anyConflicts, (cast, conflicted) => {
        const t = tally(kase, cast.map(([m, p]) => voteOf(m, p)), conflicted.map(conflictOf), settings);
        const enough = t.countedVotes >= settings.quorum.minVotes && t.disciplines.length >= settings.quorum.minDisciplines;
        return t.quorum.reached === enough;
      }),
    );
  });
});
