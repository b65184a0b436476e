import { reviewLesson } from '../../domain/lessons/lesson.commands.js';
import { routes } from '../api/routes.js';
import { fromDomainError, notFound } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { commitLessonReview, getPendingLesson } from '../storage/lesson.repository.js';

export const handler = httpHandler(routes.reviewLesson, async ({ actor, store, params, body, now }) => {
  const pending = await getPendingLesson(store, actor.fundId, params.lessonId);
  if (!pending) throw notFound('lesson waiting for review');
  const result = reviewLesson(pending, actor, body, now);
  if (!result.ok) throw fromDomainError(result.error);
  await commitLessonReview(store, result.value);
  return result.value.approved ? { approved: result.value.approved } : {};
});
