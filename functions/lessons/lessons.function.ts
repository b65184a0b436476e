import { conceptRouter } from '../api/concept-router.js';
import { handler as listLessons } from './list-lessons.handler.js';
import { handler as listPendingLessons } from './list-pending-lessons.handler.js';
import { handler as reviewLesson } from './review-lesson.handler.js';
import { lessonsRoutes } from './lessons.routes.js';

/** The lessons concept's one Lambda function: each of its routes to the route's own handler. */
export const handler = conceptRouter(lessonsRoutes, {
  listLessons,
  listPendingLessons,
  reviewLesson,
});
