import type { Actor } from '../people/actor.schema.js';
import { refOf } from '../people/actor.schema.js';
import { fail, ok, type Result } from '../shared/result.js';
import type { Case } from './case.schema.js';
import type { CaseChange, CaseFile, CommandContext } from './case-file.js';
import type { CaseEventType } from './case-event.schema.js';
import { canMove, transitions, type CaseState, type TransitionName } from './lifecycle.js';

export const notInState = (state: CaseState, what: string) =>
  fail({ code: 'invalid_transition', reason: 'invalid_transition', params: { state }, state, message: `Cannot ${what} a case that is ${state.replace('_', ' ')}.` });

export function requireState(name: TransitionName, kase: Case, what: string): Result<void> {
  return canMove(name, kase.state) ? ok(undefined) : notInState(kase.state, what);
}

interface Move {
  transition: TransitionName;
  event: CaseEventType;
  /** Fields of the case that change with the move. */
  patch?: Partial<Case>;
  /** Where the case goes when it does not follow the table's default (a question still open). */
  to?: CaseState;
  reason?: string;
}

/** Applies a transition: the new state and version, and the event that records who, when and why. */
export function move(file: CaseFile, actor: Actor, ctx: CommandContext, m: Move): CaseChange {
  const from = file.case.state;
  const to = m.to ?? transitions[m.transition].to;
  return {
    case: { ...file.case, ...m.patch, state: to, version: file.case.version + 1, updatedAt: ctx.now },
    caseChanged: true,
    events: [{ type: m.event, at: ctx.now, by: refOf(actor), from, to, reason: m.reason }],
  };
}
