import type { Role } from '../people/actor.schema.js';
import type { CaseEventType } from './case-event.schema.js';
import { beforeDecisionStates, deliberationStates, handOverStates, type CaseState } from './lifecycle.js';

/**
 * How a person stands to a case. An action names the relations that may do it; the first one
 * named gives the reason when no one of them holds.
 */
export const relations = {
  /** The counsellor who wrote the request (or took it over). */
  owner: 'counsellor',
  manager: 'programme_manager',
  /** Any panel member of the fund. */
  panelMember: 'panel_member',
  /** A panel member not recused: not of the counsellor's organisation, no conflict declared (see recusal.ts). */
  eligibleMember: 'panel_member',
} as const satisfies Record<string, Role>;
export type Relation = keyof typeof relations;

/**
 * Who sees a history entry an action records:
 * - `everyone`: whoever may see the case;
 * - `blind`: as blind as the votes: the manager, the member who acted, and members whose vote counts;
 * - `blindReasonPrivate`: as blind, and its reason only to the member who gave it and the manager.
 *   Who stepped aside (and when) would tell the counsellor and the members still to vote who did not vote.
 */
export type Shown = 'everyone' | 'blind' | 'blindReasonPrivate';

interface ActionRow {
  by: readonly Relation[];
  from: readonly CaseState[];
  /** The states the action may move the case to (the first unless the command says otherwise); `stays` moves nothing. */
  to: readonly CaseState[] | 'stays' | 'deleted';
  /** How a refusal names it: "Cannot {verb} a case that is {state}." */
  verb: string;
  /** The history entries it records, and who sees each. */
  events: Partial<Record<CaseEventType, Shown>>;
}

/**
 * Every action on a case, in one table: who may, from which states, to where, what it records and
 * who sees that. The commands' guard, the actions offered to a viewer, the API's route roles, the
 * web's action keys and the blind history all derive from it. Adding an action is one row here and
 * one pure command.
 */
export const caseActions = {
  //                  who may (any of)                    from states                  to                                           refused as "Cannot …"           records: who sees each entry
  editDraft:        { by: ['owner'],                      from: ['draft'],             to: 'stays',                                 verb: 'edit',                   events: {} },
  // Nothing of the draft remains, so it records nothing.
  deleteDraft:      { by: ['owner'],                      from: ['draft'],             to: 'deleted',                               verb: 'delete',                 events: {} },
  submit:           { by: ['owner'],                      from: ['draft'],             to: ['submitted'],                           verb: 'submit',                 events: { submitted: 'everyone' } },
  withdraw:         { by: ['owner'],                      from: beforeDecisionStates,  to: ['withdrawn'],                           verb: 'withdraw',               events: { withdrawn: 'everyone' } },
  screen:           { by: ['manager'],                    from: ['submitted'],         to: ['screened', 'screened_out'],            verb: 'screen',                 events: { screened_in: 'everyone', screened_out: 'everyone' } },
  openDeliberation: { by: ['manager'],                    from: ['screened'],          to: ['in_deliberation'],                     verb: 'open deliberation on',   events: { deliberation_opened: 'everyone' } },
  // A vote the member already cast is set aside with it.
  declareConflict:  { by: ['panelMember'],                from: deliberationStates,    to: 'stays',                                 verb: 'declare a conflict on',  events: { conflict_declared: 'blindReasonPrivate', vote_set_aside: 'blind' } },
  askQuestion:      { by: ['eligibleMember', 'manager'],  from: deliberationStates,    to: ['awaiting_answer'],                     verb: 'ask a question on',      events: { question_asked: 'everyone' } },
  // Back to deliberation once the last open question is answered; otherwise the case keeps waiting.
  answerQuestion:   { by: ['owner'],                      from: ['awaiting_answer'],   to: ['in_deliberation', 'awaiting_answer'],  verb: 'answer a question on',   events: { question_answered: 'everyone' } },
  vote:             { by: ['eligibleMember'],             from: deliberationStates,    to: 'stays',                                 verb: 'vote on',                events: { vote_cast: 'blind', vote_revised: 'blind' } },
  comment:          { by: ['eligibleMember', 'manager'],  from: deliberationStates,    to: 'stays',                                 verb: 'comment on',             events: { comment_added: 'blind' } },
  // A refusal goes straight on to follow-up; a grant once it is paid in full.
  recordDecision:   { by: ['manager'],                    from: ['in_deliberation'],   to: ['decided', 'follow_up'],                verb: 'decide',                 events: { decision_recorded: 'everyone', follow_up_started: 'everyone' } },
  // The payment that completes the grant (or is marked complete) starts its follow-up.
  recordPayment:    { by: ['manager'],                    from: ['decided', 'paid'],   to: ['paid', 'follow_up'],                   verb: 'record a payment on',    events: { payment_recorded: 'everyone', follow_up_started: 'everyone' } },
  // A report or its correction: a step on the timeline; the case stays in follow-up until it is closed.
  reportFollowUp:   { by: ['owner'],                      from: ['follow_up'],         to: ['follow_up'],                           verb: 'report on',              events: { follow_up_reported: 'everyone', follow_up_corrected: 'everyone' } },
  closeCase:        { by: ['manager'],                    from: ['follow_up'],         to: ['closed'],                              verb: 'close',                  events: { case_closed: 'everyone' } },
  // The manager hands over for a counsellor who has left and can no longer sign in.
  handOver:         { by: ['owner', 'manager'],           from: handOverStates,        to: 'stays',                                 verb: 'hand over',              events: { handed_over: 'everyone' } },
} as const satisfies Record<string, ActionRow>;

export type CaseAction = keyof typeof caseActions;
/** The actions in the table's order: the order the web offers them in. */
export const caseActionNames = Object.keys(caseActions) as [CaseAction, ...CaseAction[]];

type Row<A extends CaseAction> = (typeof caseActions)[A];
/** Where action A may move a case. */
export type TargetOf<A extends CaseAction> = Row<A>['to'] extends readonly (infer S extends CaseState)[] ? S : never;
/** The history entries action A records. */
export type EventOf<A extends CaseAction> = keyof Row<A>['events'] & CaseEventType;
/** The actions that move a case to another state. */
export type MovingAction = { [A in CaseAction]: TargetOf<A> extends never ? never : A }[CaseAction];

/** The roles that may call an action's route: the roles of its relations. */
export const rolesOf = (action: CaseAction): Role[] => [...new Set(caseActions[action].by.map((r) => relations[r]))];

/** Who sees each kind of history entry; entries no action records (reminders, purges) show to everyone. */
export const shownOf = (type: CaseEventType): Shown => {
  for (const row of Object.values(caseActions) as ActionRow[]) {
    const shown = row.events[type];
    if (shown) return shown;
  }
  return 'everyone';
};
