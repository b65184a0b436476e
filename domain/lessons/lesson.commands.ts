import type { Actor } from '../people/actor.schema.js';
import { forbidden, ok, type Result } from '../shared/result.js';
import type { LessonReview, LibraryLesson, PendingLesson } from './lesson.schema.js';

export interface LessonReviewed {
  pending: PendingLesson;
  /** The lesson as the library shows it; absent when declined. */
  approved?: LibraryLesson;
}

/**
 * The programme manager approves a reported lesson for the library (editing out anything that could
 * identify someone) or declines it. Only then do counsellors and panel members read it, without the
 * case it came from.
 */
export function reviewLesson(pending: PendingLesson, actor: Actor, review: LessonReview, now: string): Result<LessonReviewed> {
  if (actor.role !== 'programme_manager') return forbidden('not_programme_manager', 'Only a programme manager approves lessons.');
  if (actor.fundId !== pending.fundId) return forbidden('other_fund', 'This lesson belongs to another fund.');
  if (!review.approve) return ok({ pending });
  const { id, fundId, category, side, breakthrough, monthsAfter } = pending;
  return ok({ pending, approved: { id, fundId, category, side, breakthrough, monthsAfter, text: review.text ?? pending.text, approvedAt: now } });
}
