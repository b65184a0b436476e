import { httpHandler } from '../http/http-handler.js';
import { saveNotificationSettings } from './notification-settings.repository.js';
import { notificationsRoutes } from './notifications.routes.js';

export const handler = httpHandler(notificationsRoutes.saveNotificationSettings, ({ actor, store, body, now }) =>
  saveNotificationSettings(store, actor.fundId, actor.userId, body, now),
);
