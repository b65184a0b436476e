import { httpHandler } from '../http/http-handler.js';
import { listInbox } from './notification.repository.js';
import { notificationsRoutes } from './notifications.routes.js';

export const handler = httpHandler(notificationsRoutes.listNotifications, async ({ actor, store, query }) => {
  const items = await listInbox(store, actor);
  return { items: query.unread === 'true' ? items.filter((n) => !n.readAt) : items };
});
