import type { Case } from '../case/case.schema.js';
import type { FundSettings } from '../fund/fund.schema.js';
import { lensesApart } from './lenses.js';
import { mayDeliberate } from './recusal.js';
import type { Tally } from './tally.schema.js';
import { positions, type Conflict, type Position, type Vote } from './vote.schema.js';

/**
 * Counts the votes of eligible members only: a vote from the counsellor's own organisation or from a
 * member who declared a conflict is never counted. Abstentions are shown but do not count towards quorum.
 */
export function tally(kase: Pick<Case, 'organisationId'>, votes: Vote[], conflicts: Conflict[], settings: FundSettings): Tally {
  const eligible = uniqueByMember(votes).filter((v) => mayDeliberate(v.member, kase, conflicts));
  const counts = Object.fromEntries(positions.map((p) => [p, 0])) as Record<Position, number>;
  for (const vote of eligible) counts[vote.position] += 1;

  const counted = eligible.filter((v) => v.position !== 'abstain');
  const disciplines = [...new Set(counted.map((v) => v.member.discipline))].sort();
  const { minVotes, minDisciplines } = settings.quorum;
  return {
    counts,
    countedVotes: counted.length,
    disciplines,
    quorum: {
      reached: counted.length >= minVotes && disciplines.length >= minDisciplines,
      votes: { have: counted.length, need: minVotes },
      disciplines: { have: disciplines.length, need: minDisciplines },
    },
    leaning: leaningOf(counts),
    lensesApart: lensesApart(counted),
  };
}

function uniqueByMember(votes: Vote[]): Vote[] {
  return [...new Map(votes.map((v) => [v.member.userId, v])).values()];
}

/**
 * Grant or refuse, as the panel leans: granting with conditions is a kind of granting, so one
 * "grant", one "with conditions" and one "refuse" lean to granting. Within the granting side the
 * more common variant is named; when they are even, with conditions, since a plain grant accepts them.
 */
function leaningOf(counts: Record<Position, number>): Tally['leaning'] {
  const granting = counts.grant + counts.grant_with_conditions;
  if (granting === 0 && counts.refuse === 0) return null;
  if (granting === counts.refuse) return 'tie';
  if (counts.refuse > granting) return 'refuse';
  return counts.grant > counts.grant_with_conditions ? 'grant' : 'grant_with_conditions';
}

/** Votes that go against the decided outcome: the dissent the decision must record. */
export function dissentingVotes(votes: Vote[], outcome: 'granted' | 'granted_with_conditions' | 'refused'): Vote[] {
  const grantSide = outcome !== 'refused';
  return votes.filter((v) => v.position !== 'abstain' && (v.position === 'refuse') === grantSide);
}
