import { conceptRouter } from '../api/concept-router.js';
import { handler as getNotificationSettings } from './get-notification-settings.handler.js';
import { handler as listNotifications } from './list-notifications.handler.js';
import { handler as markAllNotificationsRead } from './mark-all-notifications-read.handler.js';
import { handler as markNotificationRead } from './mark-notification-read.handler.js';
import { handler as saveNotificationSettings } from './save-notification-settings.handler.js';
import { notificationsRoutes } from './notifications.routes.js';

/** The notifications concept's one Lambda function: each of its routes to the route's own handler. */
export const handler = conceptRouter(notificationsRoutes, {
  listNotifications,
  markNotificationRead,
  markAllNotificationsRead,
  getNotificationSettings,
  saveNotificationSettings,
});
