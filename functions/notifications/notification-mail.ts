import type { AttributeValue } from 'aws-lambda';
import type { Notification } from '../../domain/notifications/notification.schema.js';
import { notificationSchema } from '../../domain/notifications/notification.schema.js';
import { reaches } from '../../domain/notifications/notify.js';
import type { Role } from '../../domain/people/actor.schema.js';
import type { User } from '../../domain/people/user.schema.js';
import type { UserDirectory } from '../people/user-directory.js';

const casePaths: Record<Role, string> = { counsellor: '/counsellor/cases', panel_member: '/panel/cases', programme_manager: '/manager/cases' };

/** Where a recipient opens the notification: the case page of their own role, or their inbox. */
export const linkFor = (note: Pick<Notification, 'caseId'>, role: Role, appUrl: string): string =>
  note.caseId ? `${appUrl}${casePaths[role]}/${note.caseId}` : `${appUrl}/notifications`;

/** The active users with an address a notification goes to: the user, or every member of the role it reaches (see reaches). */
export async function recipientsOf(directory: Pick<UserDirectory, 'findUser' | 'listUsers'>, note: Notification): Promise<Array<User & { email: string }>> {
  const r = note.recipient;
  const users = r.kind === 'user'
    ? [await directory.findUser(note.fundId, r.userId)].filter((u) => u !== undefined)
    : (await directory.listUsers(note.fundId)).filter((u) => reaches(r, u));
  return users.filter((u): u is User & { email: string } => !u.disabled && u.email !== undefined);
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
