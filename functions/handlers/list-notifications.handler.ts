import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { listInbox } from '../storage/notification.repository.js';

export const handler = httpHandler(routes.listNotifications, async ({ actor, store, query }) => {
  const items = await listInbox(store, actor);
  return { items: query.unread === 'true' ? items.filter((n) => !n.readAt) : items };
});
