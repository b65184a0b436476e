import * as z from 'zod';
import { actorRefSchema } from '../people/actor.schema.js';
import { caseStates } from './lifecycle.js';

export const caseEventTypes = [
  'draft_created',
  'draft_edited',
  'submitted',
  'withdrawn',
  'screened_in',
  'screened_out',
  'deliberation_opened',
  'conflict_declared',
  'vote_set_aside',
  'question_asked',
  'question_answered',
  'vote_cast',
  'vote_revised',
  'comment_added',
  'decision_recorded',
  'payment_recorded',
  'follow_up_started',
  'follow_up_reported',
  'follow_up_corrected',
  'case_closed',
  'handed_over',
  'narrative_purged',
  // Reminders of the scheduled job: on the timeline, and each one a notification.
  'voting_deadline_passed',
  'voting_deadline_near',
  'question_unanswered',
  'follow_up_due',
  'follow_up_overdue',
] as const;
export type CaseEventType = (typeof caseEventTypes)[number];

/** One step in a case's history: who, in which role, when, what and why. */
export const caseEventSchema = z.object({
  type: z.enum(caseEventTypes),
  at: z.iso.datetime(),
  by: actorRefSchema,
  from: z.enum(caseStates).optional(),
  to: z.enum(caseStates).optional(),
  reason: z.string().optional(),
  /** The follow-up moment (1, 2, …) a report or reminder is about. */
  moment: z.int().min(1).optional(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const historyEntrySchema = caseEventSchema.extend({ id: z.string(), caseId: z.string() });
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
