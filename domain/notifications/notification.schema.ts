import * as z from 'zod';
import { categories } from '../case/request.schema.js';
import { roleSchema } from '../people/actor.schema.js';

export const notificationTypes = [
  'case_submitted',
  'case_to_vote_on',
  'question_for_you',
  'decision',
  'payment_recorded',
  'follow_up_due',
  'follow_up_overdue',
  'voting_deadline_passed',
  'voting_deadline_near',
  'question_unanswered',
  'lesson_to_review',
  'case_handed_over',
  'case_closed',
] as const;
export type NotificationType = (typeof notificationTypes)[number];

/** One person, or everyone in a role of the fund (each member's inbox reads the role's notifications too). */
export const recipientSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), userId: z.string() }),
  z.object({
    kind: z.literal('role'),
    role: roleSchema,
    /** Panel members of the counsellor's own organisation do not deliberate on the case, so are not asked to. */
    exceptOrganisationId: z.string().optional(),
  }),
]);
export type Recipient = z.infer<typeof recipientSchema>;

/**
 * A notification: what happened on which case, never the case's text, so that an e-mail carries
 * no client data. Written in the same transaction as the change that causes it.
 */
export const notificationSchema = z
  .object({
    id: z.string(),
    fundId: z.string(),
    type: z.enum(notificationTypes),
    caseId: z.string().optional(),
    /** What the case is about, so the message can name it without the client's reference. */
    category: z.enum(categories).optional(),
    urgent: z.boolean().optional(),
    /** The follow-up moment a reminder is about. */
    moment: z.int().optional(),
    at: z.iso.datetime(),
    recipient: recipientSchema,
    readAt: z.iso.datetime().optional(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;
