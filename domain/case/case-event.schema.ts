import { z } from 'zod';
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
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const historyEntrySchema = caseEventSchema.extend({ id: z.string(), caseId: z.string() });
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
