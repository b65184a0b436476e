import * as z from 'zod';
import { notificationSchema } from '../../domain/notifications/notification.schema.js';
import { everyone, id } from '../api/route-parts.js';
import { defineRoute, type Route } from '../api/route.js';

/** My notifications: the development inbox. */
export const notificationsRoutes = {
  listNotifications: defineRoute({
    operationId: 'listNotifications', method: 'GET', path: '/api/notifications',
    summary: 'My notifications, newest first: the development inbox.',
    roles: everyone, query: z.strictObject({ unread: z.enum(['true', 'false']).optional() }),
    response: z.object({ items: z.array(notificationSchema) }), tableAccess: 'read',
  }),
  markNotificationRead: defineRoute({
    operationId: 'markNotificationRead', method: 'POST', path: '/api/notifications/{notificationId}/read',
    summary: 'Mark one of my notifications read.',
    roles: everyone, params: z.strictObject({ notificationId: id }), response: notificationSchema, tableAccess: 'read-write',
  }),
} satisfies Record<string, Route>;
