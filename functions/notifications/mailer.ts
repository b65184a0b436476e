import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { NotificationSettings } from '../../domain/people/notification-settings.schema.js';
import { userDirectory, type UserDirectory } from '../people/user-directory.js';
import { store } from '../storage/store.js';
import { notificationSettingsOf } from './notification-settings.repository.js';

/** What sends the fund's e-mail: the stream's mailer (each notification at once) and the scheduled job (the daily digest). */
export interface Mailer {
  ses: Pick<SESv2Client, 'send'>;
  /** Where the recipients' addresses are: Cognito on AWS, the table locally. */
  directory: () => Pick<UserDirectory, 'findUser' | 'listUsers'>;
  /** Each recipient's choice: at once or a daily digest, and the language; from the table (TABLE_NAME) when not given. */
  settings?: (fundId: string, userIds: readonly string[]) => Promise<Map<string, NotificationSettings>>;
  from: () => string | undefined;
  appUrl: () => string;
}

/** Sends one plain-text e-mail through SES v2; throws when no sender is set or SES refuses, so the caller retries. */
export async function sendMail(mailer: Mailer, to: string, mail: { subject: string; text: string }): Promise<void> {
  const from = mailer.from();
  if (!from) throw new Error('MAIL_FROM is not set: the sender of notification e-mails.');
  await mailer.ses.send(new SendEmailCommand({
    FromEmailAddress: from,
    Destination: { ToAddresses: [to] },
    Content: { Simple: { Subject: { Data: mail.subject, Charset: 'UTF-8' }, Body: { Text: { Data: mail.text, Charset: 'UTF-8' } } } },
  }));
}

/** The recipients' settings, from the mailer's own source or the table. */
export const settingsOf = (mailer: Mailer, fundId: string, userIds: readonly string[]): Promise<Map<string, NotificationSettings>> =>
  (mailer.settings ?? ((f, ids) => notificationSettingsOf(store(), f, ids)))(fundId, userIds);

let ses: SESv2Client | undefined;

/** The mailer of a deployed function: one SES v2 client per function, created on first use. */
export const mailerFromEnvironment = (): Mailer => ({
  ses: (ses ??= new SESv2Client({})),
  directory: userDirectory,
  from: () => process.env.MAIL_FROM,
  appUrl: () => process.env.APP_URL ?? 'https://doorbraak.example',
});
