import type { Actor } from '../people/actor.schema.js';
import { refOf } from '../people/actor.schema.js';
import { fail } from '../shared/result.js';
import { caseActions, type EventOf, type MovingAction, type TargetOf } from './actions.js';
import type { Case } from './case.schema.js';
import type { CaseChange, CaseFile, CommandContext } from './case-file.js';
import type { CaseState } from './lifecycle.js';

export const notInState = (state: CaseState, what: string) =>
  fail({ code: 'invalid_transition', reason: 'invalid_transition', params: { state }, state, message: `Cannot ${what} a case that is ${state.replace('_', ' ')}.` });

/** The one place the version moves: the case as read, with these fields, one version on. */
export const revised = (read: Case, fields: Partial<Case>, now: string): Case => ({
  ...read,
  ...fields,
  version: read.version + 1,
  updatedAt: now,
});

interface Move<A extends MovingAction> {
  event: EventOf<A>;
  /** Fields of the case that change with the move. */
  patch?: Partial<Case>;
  /** Where the case goes when not to the row's first state (a question still open, a screening out). */
  to?: TargetOf<A>;
  reason?: string;
}

const firstTarget = <A extends MovingAction>(action: A): TargetOf<A> => (caseActions[action].to as unknown as readonly TargetOf<A>[])[0]!;

/** Applies an action's move: the new state and version, and the event that records who, when and why. */
export function move<A extends MovingAction>(file: CaseFile, actor: Actor, ctx: CommandContext, action: A, m: Move<A>): CaseChange {
  const from = file.case.state;
  const to = m.to ?? firstTarget(action);
  // A draft's retention runs from its last change; a request that moved on gets its own when it ends.
  const draftRetentionEnds = from === 'draft' ? { retention: undefined } : {};
  return {
    case: revised(file.case, { ...draftRetentionEnds, ...m.patch, state: to }, ctx.now),
    caseChanged: true,
    events: [{ type: m.event, at: ctx.now, by: refOf(actor), from, to, reason: m.reason }],
  };
}

/**
 * A second move in the same command, straight after the first (a payment that completes a grant
 * starts its follow-up): the history shows both, the version goes up once.
 */
export function moveOn<A extends MovingAction>(change: CaseChange, actor: Actor, ctx: CommandContext, action: A, m: Move<A> & { to: TargetOf<A> }): CaseChange {
  const from = change.case.state;
  return {
    ...change,
    case: { ...change.case, ...m.patch, state: m.to },
    events: [...change.events, { type: m.event, at: ctx.now, by: refOf(actor), from, to: m.to, ...(m.reason ? { reason: m.reason } : {}) }],
  };
}
