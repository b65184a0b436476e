import * as z from 'zod';

/** The languages the fund writes to its users in; Dutch when a user has not chosen. */
export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * How a user hears of their notifications by e-mail: each at once, or one digest a day. There is
 * deliberately no "never": urgent requests have short voting windows and a hard date (an eviction,
 * a disconnection), and the follow-up that the fund learns from is asked by mail; a user who wants
 * fewer mails chooses the digest.
 */
export const emailModes = ['immediate', 'daily_digest'] as const;
export type EmailMode = (typeof emailModes)[number];

const chosen = { email: z.enum(emailModes), language: z.enum(languages) };

export const notificationSettingsInputSchema = z.strictObject(chosen).meta({ id: 'NotificationSettingsInput' });

export const notificationSettingsSchema = z
  .object({
    ...chosen,
    /** When the last daily digest was sent: the next one holds what came after. */
    lastDigestAt: z.iso.datetime().optional(),
  })
  .meta({ id: 'NotificationSettings' });
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** What a user who never chose gets: every notification at once, in Dutch (as before settings existed). */
export const defaultNotificationSettings: NotificationSettings = { email: 'immediate', language: 'nl' };
