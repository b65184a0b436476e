import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { listLibrary } from '../storage/lesson.repository.js';

export const handler = httpHandler(routes.listLessons, async ({ actor, store, query }) => ({
  items: await listLibrary(store, actor.fundId, query),
}));
