/** The life of a case (MISSION.md): every state. Which action moves a case from where to where is in actions.ts. */
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

/** Panel work (votes, comments, conflicts) that does not move the case, and the states it is open in. */
export const deliberationStates = ['in_deliberation', 'awaiting_answer'] as const satisfies readonly CaseState[];

/** States a panel member may see a case in: once deliberation has opened. */
export const panelVisibleStates = ['in_deliberation', 'awaiting_answer', 'decided', 'paid', 'follow_up', 'closed'] as const satisfies readonly CaseState[];

export const terminalStates = ['screened_out', 'withdrawn', 'closed'] as const satisfies readonly CaseState[];

/** States before the decision, in which the counsellor can still withdraw the request. */
export const beforeDecisionStates = ['draft', 'submitted', 'screened', 'in_deliberation', 'awaiting_answer'] as const satisfies readonly CaseState[];

/** States in which a case can still be handed to a colleague: while there is work left on it. */
export const handOverStates = [
  'draft', 'submitted', 'screened', 'in_deliberation', 'awaiting_answer', 'decided', 'paid', 'follow_up',
] as const satisfies readonly CaseState[];

export const isOneOf = <T extends string>(value: string, list: readonly T[]): value is T =>
  (list as readonly string[]).includes(value);
