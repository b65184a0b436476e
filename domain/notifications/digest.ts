import type { NotificationSettings } from '../people/notification-settings.schema.js';
import type { Notification } from './notification.schema.js';

/** The daily digest goes with the job's first run from this hour, UTC: 07:00 in Amsterdam in winter, 08:00 in summer. */
export const DIGEST_HOUR_UTC = 6;

/** Today's digest moment: the hour of `now`'s day in UTC. */
export const digestMomentOf = (now: string): string => `${now.slice(0, 10)}T${String(DIGEST_HOUR_UTC).padStart(2, '0')}:00:00.000Z`;

/** Is a digest due for this user now: they chose it, today's moment has come, and none went since? */
export function digestDue(settings: NotificationSettings, now: string): boolean {
  const moment = digestMomentOf(now);
  return settings.email === 'daily_digest' && now >= moment && (settings.lastDigestAt === undefined || settings.lastDigestAt < moment);
}

/** What a digest holds: the unread notifications that came after the last digest, oldest first. */
export const digestContents = (inbox: readonly Notification[], settings: NotificationSettings, now: string): Notification[] =>
  inbox
    .filter((n) => !n.readAt && n.at <= now && (settings.lastDigestAt === undefined || n.at > settings.lastDigestAt))
    .sort((a, b) => a.at.localeCompare(b.at));
