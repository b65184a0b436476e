import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { addressesOf, mailOf, notificationOfImage } from './notification-mail.js';
import { userDirectory, type UserDirectory } from '../people/user-directory.js';

interface Mailer {
  ses: Pick<SESv2Client, 'send'>;
  /** Where the recipients' addresses are: Cognito on AWS, the table locally. */
  directory: () => Pick<UserDirectory, 'findUser' | 'listUsers'>;
  from: () => string | undefined;
  appUrl: () => string;
}

/**
 * Sends each new notification from the table's stream as e-mail. Any failure throws, so the event
 * source retries the batch and in the end hands it to the dead-letter queue.
 */
export const sendNotifications = (mailer: Mailer) => async (event: DynamoDBStreamEvent): Promise<void> => {
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image) continue;
    const note = notificationOfImage(image as Parameters<typeof notificationOfImage>[0]);
    if (!note) continue;
    const from = mailer.from();
    if (!from) throw new Error('MAIL_FROM is not set: the sender of notification e-mails.');
    const { subject, text } = mailOf(note, mailer.appUrl());
    for (const to of await addressesOf(mailer.directory(), note)) {
      await mailer.ses.send(new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [to] },
        Content: { Simple: { Subject: { Data: subject, Charset: 'UTF-8' }, Body: { Text: { Data: text, Charset: 'UTF-8' } } } },
      }));
    }
  }
};

const ses = new SESv2Client({});

export const handler = sendNotifications({
  ses,
  directory: userDirectory,
  from: () => process.env.MAIL_FROM,
  appUrl: () => process.env.APP_URL ?? 'https://doorbraak.example',
});
