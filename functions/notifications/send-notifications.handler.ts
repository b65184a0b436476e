import type { DynamoDBStreamEvent } from 'aws-lambda';
import { mailNotifications } from './mail-notifications.js';
import { mailerFromEnvironment, type Mailer } from './mailer.js';

/**
 * Sends each new notification from the table's stream as e-mail, in each recipient's language, to
 * those who want every notification at once; those who chose the daily digest get it from the
 * scheduled job. Any failure throws, so the event source retries the batch and in the end hands it
 * to the dead-letter queue.
 */
export const sendNotifications = (mailer: Mailer) => (event: DynamoDBStreamEvent): Promise<void> => mailNotifications(event.Records, mailer);

export const handler = sendNotifications(mailerFromEnvironment());
