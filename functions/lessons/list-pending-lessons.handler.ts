import { httpHandler } from '../http/http-handler.js';
import { listPendingLessons } from './lesson.repository.js';
import { lessonsRoutes } from './lessons.routes.js';

export const handler = httpHandler(lessonsRoutes.listPendingLessons, async ({ actor, store }) => ({
  items: await listPendingLessons(store, actor.fundId),
}));
