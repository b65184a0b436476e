import { httpHandler } from '../http/http-handler.js';
import { markAllRead } from './notification.repository.js';
import { notificationsRoutes } from './notifications.routes.js';

export const handler = httpHandler(notificationsRoutes.markAllNotificationsRead, async ({ actor, store, now }) => {
  await markAllRead(store, actor, now);
  return { readAt: now };
});
