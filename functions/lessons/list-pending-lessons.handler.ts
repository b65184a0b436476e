import { httpHandler } from '../http/http-handler.js';
import { pageOf } from '../http/page.js';
import { listPendingLessons } from './lesson.repository.js';
import { lessonsRoutes } from './lessons.routes.js';

export const handler = httpHandler(lessonsRoutes.listPendingLessons, async ({ actor, store, query }) => listPendingLessons(store, actor.fundId, pageOf(query)));
