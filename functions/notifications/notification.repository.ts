import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Notification } from '../../domain/notifications/notification.schema.js';
import { reaches } from '../../domain/notifications/notify.js';
import type { Actor } from '../../domain/people/actor.schema.js';
import { readItem } from '../storage/items.js';
import { keys } from '../storage/keys.js';
import type { Store } from '../storage/store.js';
import { unlessConditionFails } from '../storage/store-errors.js';

const INBOX_SIZE = 50;

async function newest(store: Store, partition: string, limit = INBOX_SIZE): Promise<Notification[]> {
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': partition, ':prefix': keys.notificationsPrefix },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (result.Items ?? []).map(readItem.notification);
}

/** A role notification reaches only those of the role it is meant for (the domain's recusal rule). */
const meantFor = (actor: Actor) => (n: Notification) => reaches(n.recipient, actor);

/**
 * The development inbox: the newest notifications addressed to me and to my role, with the read
 * markers I set on role notifications (which sort in the same time range as the notifications).
 */
export async function listInbox(store: Store, actor: Actor): Promise<Notification[]> {
  const [own, role] = await Promise.all([
    newest(store, keys.userInbox(actor.fundId, actor.userId)),
    newest(store, keys.roleInbox(actor.fundId, actor.role)),
  ]);
  const roleNotes = role.filter(meantFor(actor));
  const readMarks = roleNotes.length ? await readMarkers(store, actor, roleNotes) : new Map<string, string>();
  const all = [
    ...own,
    ...roleNotes.map((n) => (readMarks.has(n.id) ? { ...n, readAt: readMarks.get(n.id)! } : n)),
  ];
  return all.sort((a, b) => b.id.localeCompare(a.id)).slice(0, INBOX_SIZE);
}

async function readMarkers(store: Store, actor: Actor, notes: Notification[]): Promise<Map<string, string>> {
  const ids = notes.map((n) => n.id).sort();
  const marker = (id: string) => keys.readMarker(actor.fundId, actor.userId, id);
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': marker(ids[0]!).PK, ':from': marker(ids[0]!).SK, ':to': marker(ids.at(-1)!).SK },
    }),
  );
  return new Map((result.Items ?? []).map(readItem.readMarker).map((m) => [m.notificationId, m.readAt]));
}

/**
 * Marks one of my notifications read: my own by setting `readAt` on it; a role notification by a
 * read marker of mine, so the others in the role still see it unread. Undefined when it is not mine.
 */
export async function markRead(store: Store, actor: Actor, notificationId: string, now: string): Promise<Notification | undefined> {
  // The condition fails when it is not one of my own: then it may be one of my role's.
  const updated = await unlessConditionFails(() =>
    store.db.send(
      new UpdateCommand({
        TableName: store.table,
        Key: keys.notification(keys.userInbox(actor.fundId, actor.userId), notificationId),
        UpdateExpression: 'SET readAt = if_not_exists(readAt, :now)',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':now': now },
        ReturnValues: 'ALL_NEW',
      }),
    ),
  );
  if (updated?.Attributes) return readItem.notification(updated.Attributes);
  const found = await store.db.send(
    new GetCommand({ TableName: store.table, Key: keys.notification(keys.roleInbox(actor.fundId, actor.role), notificationId) }),
  );
  const note = found.Item ? readItem.notification(found.Item) : undefined;
  if (!note || !meantFor(actor)(note)) return undefined;
  // The condition fails when I marked it read before: the first moment stays.
  await unlessConditionFails(() =>
    store.db.send(
      new PutCommand({
        TableName: store.table,
        Item: { ...keys.readMarker(actor.fundId, actor.userId, notificationId), entity: 'read-marker', notificationId, readAt: now },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    ),
  );
  return { ...note, readAt: now };
}
