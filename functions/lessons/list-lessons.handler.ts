import { httpHandler } from '../http/http-handler.js';
import { listLibrary } from './lesson.repository.js';
import { lessonsRoutes } from './lessons.routes.js';

export const handler = httpHandler(lessonsRoutes.listLessons, async ({ actor, store, query }) => ({
  items: await listLibrary(store, actor.fundId, query),
}));
