import { httpHandler } from '../http/http-handler.js';
import { pageOf } from '../http/page.js';
import { listLibrary } from './lesson.repository.js';
import { lessonsRoutes } from './lessons.routes.js';

export const handler = httpHandler(lessonsRoutes.listLessons, async ({ actor, store, query }) => {
  const { cursor, limit, ...search } = query;
  return listLibrary(store, actor.fundId, search, pageOf({ cursor, limit }));
});
