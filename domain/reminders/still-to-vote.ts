import type { CaseFile } from '../case/case-file.js';
import { mayDeliberate } from '../deliberation/recusal.js';
import type { Actor } from '../people/actor.schema.js';

/** A member of the fund's panel as the reminder needs them: who, in which role, of which organisation, still enabled. */
export type PanelMember = Pick<Actor, 'userId' | 'role' | 'organisationId'> & { disabled?: boolean };

/**
 * The panel members a voting reminder goes to: those who may deliberate on the case (not of the
 * counsellor's organisation, the one recusal rule) and have neither voted nor declared a conflict.
 */
export function stillToVote(file: Pick<CaseFile, 'case' | 'votes' | 'conflicts'>, panel: readonly PanelMember[]): string[] {
  const acted = new Set([...file.votes.map((v) => v.member.userId), ...file.conflicts.map((c) => c.member.userId)]);
  return panel
    .filter((m) => m.role === 'panel_member' && !m.disabled && !acted.has(m.userId) && mayDeliberate(m, file.case, file.conflicts))
    .map((m) => m.userId);
}
