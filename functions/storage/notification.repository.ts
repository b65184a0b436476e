import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Notification } from '../../domain/notifications/notification.schema.js';
import { reaches } from '../../domain/notifications/notify.js';
import type { Actor } from '../../domain/people/actor.schema.js';
import { recordOf } from './items.js';
import { keys } from './keys.js';
import type { Store } from './store.js';

const INBOX_SIZE = 50;

async function newest(store: Store, partition: string, prefix: string, limit = INBOX_SIZE): Promise<Record<string, unknown>[]> {
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': partition, ':prefix': prefix },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return result.Items ?? [];
}

/** A role notification reaches only those of the role it is meant for (the domain's recusal rule). */
const meantFor = (actor: Actor) => (n: Notification) => reaches(n.recipient, actor);

/**
 * The development inbox: the newest notifications addressed to me and to my role, with the read
 * markers I set on role notifications (which sort in the same time range as the notifications).
 */
export async function listInbox(store: Store, actor: Actor): Promise<Notification[]> {
  const mine = keys.userInbox(actor.fundId, actor.userId);
  const [own, role] = await Promise.all([
    newest(store, mine, 'NOTE#'),
    newest(store, keys.roleInbox(actor.fundId, actor.role), 'NOTE#'),
  ]);
  const roleNotes = role.map((i) => recordOf<Notification>(i)).filter(meantFor(actor));
  const readMarks = roleNotes.length ? await readMarkers(store, mine, roleNotes) : new Map<string, string>();
  const all = [
    ...own.map((i) => recordOf<Notification>(i)),
    ...roleNotes.map((n) => (readMarks.has(n.id) ? { ...n, readAt: readMarks.get(n.id)! } : n)),
  ];
  return all.sort((a, b) => b.id.localeCompare(a.id)).slice(0, INBOX_SIZE);
}

async function readMarkers(store: Store, partition: string, notes: Notification[]): Promise<Map<string, string>> {
  const ids = notes.map((n) => n.id).sort();
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': partition, ':from': `READ#${ids[0]}`, ':to': `READ#${ids.at(-1)}` },
    }),
  );
  return new Map((result.Items ?? []).map((i) => [String(i.notificationId), String(i.readAt)]));
}

/**
 * Marks one of my notifications read: my own by setting `readAt` on it; a role notification by a
 * read marker of mine, so the others in the role still see it unread. Undefined when it is not mine.
 */
export async function markRead(store: Store, actor: Actor, notificationId: string, now: string): Promise<Notification | undefined> {
  try {
    const updated = await store.db.send(
      new UpdateCommand({
        TableName: store.table,
        Key: keys.notification(keys.userInbox(actor.fundId, actor.userId), notificationId),
        UpdateExpression: 'SET readAt = if_not_exists(readAt, :now)',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':now': now },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return recordOf<Notification>(updated.Attributes!);
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
  const found = await store.db.send(
    new GetCommand({ TableName: store.table, Key: keys.notification(keys.roleInbox(actor.fundId, actor.role), notificationId) }),
  );
  const note = found.Item ? recordOf<Notification>(found.Item) : undefined;
  if (!note || !meantFor(actor)(note)) return undefined;
  await store.db.send(
    new PutCommand({
      TableName: store.table,
      Item: { ...keys.readMarker(actor.fundId, actor.userId, notificationId), entity: 'read-marker', notificationId, readAt: now },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  ).catch((error: unknown) => {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  });
  return { ...note, readAt: now };
}
