import * as z from 'zod';
import { notificationSchema } from '../../domain/notifications/notification.schema.js';
import { notificationSettingsInputSchema, notificationSettingsSchema } from '../../domain/people/notification-settings.schema.js';
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
  markAllNotificationsRead: defineRoute({
    operationId: 'markAllNotificationsRead', method: 'POST', path: '/api/notifications/read-all',
    summary: 'Mark every notification of my inbox read; calling it again changes nothing.',
    roles: everyone,
    response: z.object({ readAt: z.iso.datetime().meta({ description: 'Everything my inbox held at this moment is read.' }) }),
    tableAccess: 'read-write',
  }),
  getNotificationSettings: defineRoute({
    operationId: 'getNotificationSettings', method: 'GET', path: '/api/notifications/settings',
    summary: 'How I get my notifications by e-mail: each at once or a daily digest, and in which language.',
    roles: everyone, response: notificationSettingsSchema, tableAccess: 'read',
  }),
  saveNotificationSettings: defineRoute({
    operationId: 'saveNotificationSettings', method: 'PUT', path: '/api/notifications/settings',
    summary: 'Choose how I get my notifications by e-mail.',
    roles: everyone, body: notificationSettingsInputSchema, response: notificationSettingsSchema, tableAccess: 'read-write',
  }),
} satisfies Record<string, Route>;
