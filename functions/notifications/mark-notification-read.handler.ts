import { notFound } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { markRead } from './notification.repository.js';
import { notificationsRoutes } from './notifications.routes.js';

export const handler = httpHandler(notificationsRoutes.markNotificationRead, async ({ actor, store, params, now }) => {
  const note = await markRead(store, actor, params.notificationId, now);
  if (!note) throw notFound('notification');
  return note;
});
