import type { Case } from '../case/case.schema.js';
import type { CaseEvent, CaseEventType } from '../case/case-event.schema.js';
import { mayDeliberate } from '../deliberation/recusal.js';
import type { Role } from '../people/actor.schema.js';
import type { NotificationType, Recipient } from './notification.schema.js';

export interface NotificationDraft {
  type: NotificationType;
  recipient: Recipient;
  moment?: number;
}

const counsellorOf = (kase: Case): Recipient => ({ kind: 'user', userId: kase.counsellor.userId });
const managers: Recipient = { kind: 'role', role: 'programme_manager' };
/** The panel members who may deliberate on the case: recorded by the case's organisation, so the write needs no read of the panel. */
const panelFor = (kase: Case): Recipient => ({ kind: 'role', role: 'panel_member', exceptOrganisationId: kase.organisationId });

/** What the adapter knows besides the case: for a voting reminder, who has not voted yet (still-to-vote.ts). */
export interface Audience {
  stillToVote?: readonly string[];
}

/**
 * Who hears of which event: recipients known from the case itself, or a role of the fund, so no read
 * is needed; only the voting reminder goes member by member, to those who have not voted yet.
 */
const rules: Partial<Record<CaseEventType, (kase: Case, audience: Audience) => Array<[NotificationType, Recipient]>>> = {
  submitted: () => [['case_submitted', managers]],
  deliberation_opened: (k) => [['case_to_vote_on', panelFor(k)]],
  question_asked: (k) => [['question_for_you', counsellorOf(k)]],
  decision_recorded: (k) => [['decision', counsellorOf(k)]],
  payment_recorded: (k) => [['payment_recorded', counsellorOf(k)]],
  follow_up_reported: () => [['lesson_to_review', managers]],
  follow_up_corrected: () => [['lesson_to_review', managers]],
  handed_over: (k) => [['case_handed_over', counsellorOf(k)]],
  case_closed: (k) => [['case_closed', counsellorOf(k)]],
  voting_deadline_passed: () => [['voting_deadline_passed', managers]],
  voting_deadline_near: (_, a) => (a.stillToVote ?? []).map((userId) => ['voting_deadline_near', { kind: 'user', userId }]),
  question_unanswered: (k) => [['question_unanswered', counsellorOf(k)], ['question_unanswered', managers]],
  follow_up_due: (k) => [['follow_up_due', counsellorOf(k)]],
  follow_up_overdue: (k) => [['follow_up_overdue', counsellorOf(k)], ['follow_up_overdue', managers]],
};

/**
 * The notifications an event causes, for the adapter to write with the event's history entry.
 * No one is told about what they did themselves.
 */
export function notificationsFor(kase: Case, event: CaseEvent, audience: Audience = {}): NotificationDraft[] {
  return (rules[event.type]?.(kase, audience) ?? [])
    .filter(([, r]) => !(r.kind === 'user' && r.userId === event.by.userId))
    .map(([type, recipient]) => ({ type, recipient, ...(event.moment ? { moment: event.moment } : {}) }));
}

/**
 * Is this person among the recipients? A role notification to the panel leaves out the members of
 * the case's organisation, by the one recusal rule: where it is mailed and where the inbox is read.
 */
export function reaches(recipient: Recipient, person: { userId: string; role: Role; organisationId?: string | undefined }): boolean {
  if (recipient.kind === 'user') return recipient.userId === person.userId;
  if (recipient.role !== person.role) return false;
  return recipient.exceptOrganisationId === undefined || mayDeliberate(person, { organisationId: recipient.exceptOrganisationId });
}
