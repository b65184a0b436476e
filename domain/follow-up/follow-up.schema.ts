import * as z from 'zod';
import { actorRefSchema } from '../people/actor.schema.js';
import { safeText } from '../privacy/safe-text.schema.js';

export const breakthroughResults = ['yes', 'partly', 'no'] as const;
export type BreakthroughResult = (typeof breakthroughResults)[number];
export const lifeDomains = ['housing', 'debts', 'income', 'work', 'wellbeing'] as const;
export type LifeDomain = (typeof lifeDomains)[number];
export const directions = ['better', 'same', 'worse'] as const;

const direction = z.enum(directions);
const note = safeText(500).optional();

/** The fixed form of a follow-up report: the same questions for every case, so outcomes can be compared. */
export const followUpReportSchema = z.strictObject({
  breakthrough: z.enum(breakthroughResults),
  domains: z.strictObject({ housing: direction, debts: direction, income: direction, work: direction, wellbeing: direction }),
  /** A short text per life domain. */
  notes: z.strictObject({ housing: note, debts: note, income: note, work: note, wellbeing: note }).partial().optional(),
  unexpected: safeText(2000).optional(),
  /** Whether the agreements the grant was made on were kept; asked when the decision made any. */
  agreementsKept: z.enum(breakthroughResults).optional(),
  lesson: safeText(2000, 10),
});
export type FollowUpReport = z.infer<typeof followUpReportSchema>;

export const followUpMomentSchema = followUpReportSchema.partial().extend({
  /** Partial so that a record stays readable if the form ever gains a domain. */
  domains: z.partialRecord(z.enum(lifeDomains), direction).optional(),
  monthsAfter: z.int().min(1),
  dueAt: z.iso.datetime(),
  reportedAt: z.iso.datetime().optional(),
  reportedBy: actorRefSchema.optional(),
  correctedAt: z.iso.datetime().optional(),
  /** The lesson's id in the library's review queue; kept across corrections. */
  lessonId: z.string().optional(),
});
export type FollowUpMoment = z.infer<typeof followUpMomentSchema>;

export const followUpSchema = z.object({
  /** The decision (refusal) or the completed payment (grant) the moments count from. */
  startedAt: z.iso.datetime(),
  moments: z.array(followUpMomentSchema).min(1),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const closeInputSchema = z.strictObject({
  /** Needed to close before every moment is reported. */
  reason: safeText(1000, 10).optional(),
});

export const handOverInputSchema = z.strictObject({
  toUserId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'Not a valid user id.'),
  note: safeText(1000).optional(),
});
export type HandOverInput = z.infer<typeof handOverInputSchema>;
