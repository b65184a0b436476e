import type { Case } from '../case/case.schema.js';
import type { CaseFile } from '../case/case-file.js';
import { canMove, deliberationStates, handOverStates, isOneOf, panelVisibleStates, type TransitionName } from '../case/lifecycle.js';
import { recusalOf } from '../deliberation/recusal.js';
import type { Actor } from '../people/actor.schema.js';
import { forbidden, ok, type Result } from '../shared/result.js';

/**
 * Who may do what on which case, in one place: the API enforces these and the web app uses them
 * to show or hide actions. Whether the case's state allows it is the lifecycle's business.
 */
export const caseActions = [
  'editDraft',
  'submit',
  'withdraw',
  'screen',
  'openDeliberation',
  'declareConflict',
  'askQuestion',
  'answerQuestion',
  'vote',
  'comment',
  'recordDecision',
  'recordPayment',
  'reportFollowUp',
  'closeCase',
  'handOver',
] as const;
export type CaseAction = (typeof caseActions)[number];

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

const isOwner = (actor: Actor, kase: Case) => actor.role === 'counsellor' && actor.userId === kase.counsellor.userId;

function mayVoteOn(actor: Actor, file: CaseFile): Result<void> {
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

const onlyOwner = (actor: Actor, kase: Case): Result<void> =>
  isOwner(actor, kase) ? ok(undefined) : forbidden('not_owner', 'Only the counsellor who wrote this request may do this.');

const onlyManager = (actor: Actor): Result<void> =>
  actor.role === 'programme_manager' ? ok(undefined) : forbidden('not_programme_manager', 'Only a programme manager may do this.');

const managerOrEligibleMember = (actor: Actor, file: CaseFile): Result<void> =>
  actor.role === 'programme_manager' ? ok(undefined) : mayVoteOn(actor, file);

const rules: Record<CaseAction, (actor: Actor, file: CaseFile) => Result<void>> = {
  editDraft: (a, f) => onlyOwner(a, f.case),
  submit: (a, f) => onlyOwner(a, f.case),
  withdraw: (a, f) => onlyOwner(a, f.case),
  answerQuestion: (a, f) => onlyOwner(a, f.case),
  screen: onlyManager,
  openDeliberation: onlyManager,
  recordDecision: onlyManager,
  declareConflict: (a) =>
    a.role === 'panel_member' ? ok(undefined) : forbidden('not_panel_member', 'Only panel members declare conflicts.'),
  vote: mayVoteOn,
  askQuestion: managerOrEligibleMember,
  comment: managerOrEligibleMember,
  recordPayment: onlyManager,
  reportFollowUp: (a, f) => onlyOwner(a, f.case),
  closeCase: onlyManager,
  // The manager hands over for a counsellor who has left and can no longer sign in.
  handOver: (a, f) => (a.role === 'programme_manager' ? ok(undefined) : onlyOwner(a, f.case)),
};

/** May this actor do this action on this case? Assumes the actor may view it (see canView). */
export function authorise(actor: Actor, action: CaseAction, file: CaseFile): Result<void> {
  return rules[action](actor, file);
}

const stateGate: Record<CaseAction, (file: CaseFile) => boolean> = {
  editDraft: (f) => canMove('editDraft', f.case.state),
  submit: (f) => canMove('submit', f.case.state),
  withdraw: (f) => canMove('withdraw', f.case.state),
  screen: (f) => canMove('screenIn', f.case.state),
  openDeliberation: (f) => canMove('openDeliberation', f.case.state),
  askQuestion: (f) => canMove('askQuestion', f.case.state),
  answerQuestion: (f) => canMove('answerQuestion' satisfies TransitionName, f.case.state),
  recordDecision: (f) => canMove('recordDecision', f.case.state),
  declareConflict: (f) => isOneOf(f.case.state, deliberationStates),
  vote: (f) => isOneOf(f.case.state, deliberationStates),
  comment: (f) => isOneOf(f.case.state, deliberationStates),
  recordPayment: (f) => canMove('recordPayment', f.case.state),
  reportFollowUp: (f) => canMove('reportFollowUp', f.case.state),
  closeCase: (f) => canMove('closeCase', f.case.state),
  handOver: (f) => isOneOf(f.case.state, handOverStates),
};

/** The actions this actor can take on this case now: what the web app offers. */
export function availableActions(actor: Actor, file: CaseFile): CaseAction[] {
  if (!canView(actor, file.case)) return [];
  return caseActions.filter((action) => stateGate[action](file) && authorise(actor, action, file).ok);
}
