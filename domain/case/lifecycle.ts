/** The life of a case (MISSION.md): every state, and which command moves a case from where to where. */
export const caseStates = [
  'draft',
  'submitted',
  'screened',
  'screened_out',
  'in_deliberation',
  'awaiting_answer',
  'decided',
  /** A grant partly paid: more payments follow until the granted amount is reached or marked complete. */
  'paid',
  /** Follow-up moments run: a grant once paid in full, a refusal from its decision. */
  'follow_up',
  'closed',
  'withdrawn',
] as const;
export type CaseState = (typeof caseStates)[number];

export const transitions = {
  editDraft: { from: ['draft'], to: 'draft' },
  submit: { from: ['draft'], to: 'submitted' },
  withdraw: { from: ['draft', 'submitted', 'screened', 'in_deliberation', 'awaiting_answer'], to: 'withdrawn' },
  screenIn: { from: ['submitted'], to: 'screened' },
  screenOut: { from: ['submitted'], to: 'screened_out' },
  openDeliberation: { from: ['screened'], to: 'in_deliberation' },
  askQuestion: { from: ['in_deliberation', 'awaiting_answer'], to: 'awaiting_answer' },
  /** Back to deliberation once the last open question is answered; otherwise the case keeps waiting. */
  answerQuestion: { from: ['awaiting_answer'], to: 'in_deliberation' },
  recordDecision: { from: ['in_deliberation'], to: 'decided' },
  /** A payment on a grant; the payment that completes it moves the case on to follow-up (startFollowUp). */
  recordPayment: { from: ['decided', 'paid'], to: 'paid' },
  /** Follows a completed payment, or a refusal, in the same command: the follow-up moments are scheduled. */
  startFollowUp: { from: ['decided', 'paid'], to: 'follow_up' },
  /** A report or its correction; the case stays in follow-up until it is closed. */
  reportFollowUp: { from: ['follow_up'], to: 'follow_up' },
  closeCase: { from: ['follow_up'], to: 'closed' },
} as const satisfies Record<string, { from: readonly CaseState[]; to: CaseState }>;

export type TransitionName = keyof typeof transitions;

/** Panel work (votes, comments, conflicts) that does not move the case, and the states it is open in. */
export const deliberationStates = ['in_deliberation', 'awaiting_answer'] as const satisfies readonly CaseState[];

/** States a panel member may see a case in: once deliberation has opened. */
export const panelVisibleStates = ['in_deliberation', 'awaiting_answer', 'decided', 'paid', 'follow_up', 'closed'] as const satisfies readonly CaseState[];

export const terminalStates = ['screened_out', 'withdrawn', 'closed'] as const satisfies readonly CaseState[];

/** States in which a case can still be handed to a colleague: while there is work left on it. */
export const handOverStates = [
  'draft', 'submitted', 'screened', 'in_deliberation', 'awaiting_answer', 'decided', 'paid', 'follow_up',
] as const satisfies readonly CaseState[];

export const isOneOf = <T extends string>(value: string, list: readonly T[]): value is T =>
  (list as readonly string[]).includes(value);

export const canMove = (name: TransitionName, from: CaseState): boolean => isOneOf(from, transitions[name].from);
