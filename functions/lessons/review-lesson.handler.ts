import { reviewLesson } from '../../domain/lessons/lesson.commands.js';
import { fromDomainError, notFound } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { commitLessonReview, getPendingLesson } from './lesson.repository.js';
import { lessonsRoutes } from './lessons.routes.js';

export const handler = httpHandler(lessonsRoutes.reviewLesson, async ({ actor, store, params, body, now }) => {
  const pending = await getPendingLesson(store, actor.fundId, params.lessonId);
  if (!pending) throw notFound('lesson waiting for review');
  const result = reviewLesson(pending, actor, body, now);
  if (!result.ok) throw fromDomainError(result.error);
  await commitLessonReview(store, result.value);
  return result.value.approved ? { approved: result.value.approved } : {};
});
