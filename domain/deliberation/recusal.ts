import type { Case } from '../case/case.schema.js';
import type { Conflict } from './vote.schema.js';

export type Recusal = 'own_organisation' | 'conflict_of_interest';

interface Member {
  userId: string;
  organisationId?: string | undefined;
}

/**
 * Why a panel member may not deliberate on (vote, comment, ask about) this case, or null when they
 * may. The one definition of recusal: the policy, the tally, the member's queue and the
 * notifications all ask it.
 */
export function recusalOf(member: Member, kase: Pick<Case, 'organisationId'>, conflicts: readonly Conflict[]): Recusal | null {
  if (member.organisationId === kase.organisationId) return 'own_organisation';
  if (conflicts.some((c) => c.member.userId === member.userId)) return 'conflict_of_interest';
  return null;
}

/**
 * May this member deliberate on this case? Without the case's conflicts it answers what the case
 * alone tells (the organisation): enough for a queue or a notification, which know no conflicts.
 */
export const mayDeliberate = (member: Member, kase: Pick<Case, 'organisationId'>, conflicts: readonly Conflict[] = []): boolean =>
  recusalOf(member, kase, conflicts) === null;
