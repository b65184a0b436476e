import type { AttributeValue } from 'aws-lambda';
import type { Notification, NotificationType } from '../../domain/notifications/notification.schema.js';
import { notificationSchema } from '../../domain/notifications/notification.schema.js';
import { reaches } from '../../domain/notifications/notify.js';
import type { UserDirectory } from '../people/user-directory.js';

/** The subject of each kind of notification, in Dutch: the e-mail names no client and quotes no case text. */
const subjects: Record<NotificationType, string> = {
  case_submitted: 'Nieuwe aanvraag om te screenen',
  case_to_vote_on: 'Nieuwe aanvraag om over te stemmen',
  question_for_you: 'Het panel heeft een vraag over uw aanvraag',
  decision: 'Er is een besluit over uw aanvraag',
  payment_recorded: 'Er is een betaling vastgelegd',
  follow_up_due: 'Tijd voor een terugmelding',
  follow_up_overdue: 'Een terugmelding is te laat',
  voting_deadline_passed: 'De stemtermijn van een aanvraag is verstreken',
  question_unanswered: 'Een vraag van het panel is nog niet beantwoord',
  lesson_to_review: 'Een nieuwe les wacht op uw goedkeuring',
  case_handed_over: 'Een aanvraag is aan u overgedragen',
  case_closed: 'Een aanvraag is afgesloten',
};

export function mailOf(note: Notification, appUrl: string): { subject: string; text: string } {
  const subject = `Doorbraak: ${subjects[note.type]}`;
  const where = note.caseId ? `${appUrl}/cases/${note.caseId}` : appUrl;
  const moment = note.moment ? ` (meetmoment ${note.moment})` : '';
  return { subject, text: `${subjects[note.type]}${moment}.\n\nBekijk het in Doorbraak: ${where}\n\nDit bericht bevat bewust geen gegevens over de cliënt.` };
}

/** The e-mail addresses a notification goes to: the user, or every active member of the role it reaches (see reaches). */
export async function addressesOf(directory: Pick<UserDirectory, 'findUser' | 'listUsers'>, note: Notification): Promise<string[]> {
  const r = note.recipient;
  const users = r.kind === 'user'
    ? [await directory.findUser(note.fundId, r.userId)].filter((u) => u !== undefined)
    : (await directory.listUsers(note.fundId)).filter((u) => reaches(r, u));
  return users.filter((u) => !u.disabled && u.email).map((u) => u.email!);
}

/** A stream record's new image as a notification, or undefined for any other item. */
export function notificationOfImage(image: Record<string, AttributeValue>): Notification | undefined {
  const item = plain({ M: image }) as Record<string, unknown>;
  if (item.entity !== 'notification') return undefined;
  return notificationSchema.parse(item);
}

/** The attribute types a notification item holds, as plain values (DynamoDB's stream JSON). */
function plain(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL) return null;
  if (value.L) return value.L.map(plain);
  if (value.M) return Object.fromEntries(Object.entries(value.M).map(([k, v]) => [k, plain(v)]));
  throw new Error(`Unexpected attribute type in a notification: ${Object.keys(value).join(', ')}`);
}
