import { routes } from '../api/routes.js';
import { notFound } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { markRead } from '../storage/notification.repository.js';

export const handler = httpHandler(routes.markNotificationRead, async ({ actor, store, params, now }) => {
  const note = await markRead(store, actor, params.notificationId, now);
  if (!note) throw notFound('notification');
  return note;
});
