import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { listPendingLessons } from '../storage/lesson.repository.js';

export const handler = httpHandler(routes.listPendingLessons, async ({ actor, store }) => ({
  items: await listPendingLessons(store, actor.fundId),
}));
