import type { Case } from '../case/case.schema.js';
import type { Conflict } from './vote.schema.js';

export type Recusal = 'own_organisation' | 'conflict_of_interest';

interface Member {
  userId: string;
  organisationId?: string | undefined;
}

/** Why a panel member may not vote on this case, or null when they may. */
export function recusalOf(member: Member, kase: Pick<Case, 'organisationId'>, conflicts: Conflict[]): Recusal | null {
  if (member.organisationId === kase.organisationId) return 'own_organisation';
  if (conflicts.some((c) => c.member.userId === member.userId)) return 'conflict_of_interest';
  return null;
}
