import { caseActionNames, caseActions, type CaseAction, type Relation } from '../case/actions.js';
import type { Case } from '../case/case.schema.js';
import type { CaseFile } from '../case/case-file.js';
import { isOneOf, panelVisibleStates } from '../case/lifecycle.js';
import { notInState } from '../case/transition.js';
import { recusalOf } from '../deliberation/recusal.js';
import type { Actor } from '../people/actor.schema.js';
import { forbidden, ok, type Result } from '../shared/result.js';

type CaseScope = Pick<Case, 'fundId' | 'organisationId' | 'state'>;

/** Nothing crosses funds; counsellors see their organisation's cases; the panel sees cases from deliberation on. */
export function canView(actor: Actor, kase: CaseScope): boolean {
  if (actor.fundId !== kase.fundId) return false;
  switch (actor.role) {
    case 'programme_manager':
      return kase.state !== 'draft';
    case 'counsellor':
      return actor.organisationId === kase.organisationId;
    case 'panel_member':
      return isOneOf(kase.state, panelVisibleStates);
  }
}

function eligibleMember(actor: Actor, file: CaseFile): Result<void> {
  if (actor.role !== 'panel_member') return forbidden('not_panel_member', 'Only panel members vote and deliberate.');
  if (!actor.discipline || !actor.organisationId)
    return forbidden('profile_incomplete', 'Your account has no discipline or organisation: ask the programme manager.');
  const recusal = recusalOf(actor, file.case, file.conflicts);
  if (recusal === 'own_organisation')
    return forbidden(recusal, "You work for the counsellor's organisation, so you do not deliberate on this case.");
  if (recusal === 'conflict_of_interest')
    return forbidden(recusal, 'You declared a conflict of interest on this case.');
  return ok(undefined);
}

/** Whether the actor stands in this relation to the case, and why not. */
const holds: Record<Relation, (actor: Actor, file: CaseFile) => Result<void>> = {
  owner: (a, f) =>
    a.role === 'counsellor' && a.userId === f.case.counsellor.userId
      ? ok(undefined)
      : forbidden('not_owner', 'Only the counsellor who wrote this request may do this.'),
  manager: (a) =>
    a.role === 'programme_manager' ? ok(undefined) : forbidden('not_programme_manager', 'Only a programme manager may do this.'),
  panelMember: (a) =>
    a.role === 'panel_member' ? ok(undefined) : forbidden('not_panel_member', 'Only panel members declare conflicts.'),
  eligibleMember,
};

/** May this actor do this action on this case, whatever its state? Assumes the actor may view it (see canView). */
export function authorise(actor: Actor, action: CaseAction, file: CaseFile): Result<void> {
  const checks = caseActions[action].by.map((relation) => holds[relation](actor, file));
  return checks.find((c) => c.ok) ?? checks[0]!;
}

/**
 * The check every case command makes first: the actor stands in a relation the action's row
 * names (forbidden otherwise), and the case is in one of its states (invalid_transition otherwise).
 */
export function guard(action: CaseAction, file: CaseFile, actor: Actor): Result<void> {
  const allowed = authorise(actor, action, file);
  if (!allowed.ok) return allowed;
  const row = caseActions[action];
  return isOneOf(file.case.state, row.from) ? ok(undefined) : notInState(file.case.state, row.verb);
}

/** The actions this actor can take on this case now: what the web app offers. */
export function availableActions(actor: Actor, file: CaseFile): CaseAction[] {
  if (!canView(actor, file.case)) return [];
  return caseActionNames.filter((action) => guard(action, file, actor).ok);
}
