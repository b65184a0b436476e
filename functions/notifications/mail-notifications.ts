import { linkFor, notificationOfImage, recipientsOf } from './notification-mail.js';
import { mailOf } from './notification-texts.js';
import { sendMail, settingsOf, type Mailer } from './mailer.js';

/** The rule itself, for the Lambda and for the local stream poller alike: each inserted notification, mailed. */
export async function mailNotifications(records: readonly StreamRecordLike[], mailer: Mailer): Promise<void> {
  for (const record of records) {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image) continue;
    const note = notificationOfImage(image as Parameters<typeof notificationOfImage>[0]);
    if (!note) continue;
    if (!mailer.from()) throw new Error('MAIL_FROM is not set: the sender of notification e-mails.');
    const recipients = await recipientsOf(mailer.directory(), note);
    const settings = recipients.length ? await settingsOf(mailer, note.fundId, recipients.map((u) => u.userId)) : new Map();
    for (const user of recipients) {
      const chosen = settings.get(user.userId);
      if (chosen?.email === 'daily_digest') continue;
      await sendMail(mailer, user.email, mailOf(note, chosen?.language ?? 'nl', linkFor(note, user.role, mailer.appUrl())));
    }
  }
}

/** What the rule reads of a stream record: Lambda's event and DynamoDB Streams' GetRecords agree on these. */
export interface StreamRecordLike {
  eventName?: string | undefined;
  dynamodb?: { NewImage?: Record<string, unknown> | undefined } | undefined;
}
