import { httpHandler } from '../http/http-handler.js';
import { getNotificationSettings } from './notification-settings.repository.js';
import { notificationsRoutes } from './notifications.routes.js';

export const handler = httpHandler(notificationsRoutes.getNotificationSettings, ({ actor, store }) =>
  getNotificationSettings(store, actor.fundId, actor.userId),
);
