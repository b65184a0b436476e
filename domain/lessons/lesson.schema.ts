import * as z from 'zod';
import { categories } from '../case/request.schema.js';
import { breakthroughResults } from '../follow-up/follow-up.schema.js';
import { safeText } from '../privacy/safe-text.schema.js';

export const decisionSides = ['granted', 'refused'] as const;

/** What a lesson is about, without the case: no client reference, no amount, no case id. */
const lessonFacts = {
  id: z.string(),
  fundId: z.string(),
  category: z.enum(categories),
  /** Whether the case was granted (with or without conditions) or refused. */
  side: z.enum(decisionSides),
  breakthrough: z.enum(breakthroughResults),
  monthsAfter: z.int().min(1),
};

/** A lesson as reported, waiting for the programme manager: only they see it, with the case it came from. */
export const pendingLessonSchema = z.object({
  ...lessonFacts,
  caseId: z.string(),
  text: z.string(),
  submittedAt: z.iso.datetime(),
});
export type PendingLesson = z.infer<typeof pendingLessonSchema>;

/** A lesson in the library: approved, anonymised, readable by the fund's counsellors and panel. */
export const libraryLessonSchema = z.object({ ...lessonFacts, text: z.string(), approvedAt: z.iso.datetime() }).meta({ id: 'Lesson' });
export type LibraryLesson = z.infer<typeof libraryLessonSchema>;

/** The manager approves a lesson, optionally with the text edited to take out what could identify someone, or declines it. */
export const lessonReviewSchema = z.discriminatedUnion('approve', [
  z.strictObject({ approve: z.literal(true), text: safeText(2000, 10).optional() }),
  z.strictObject({ approve: z.literal(false) }),
]);
export type LessonReview = z.infer<typeof lessonReviewSchema>;
