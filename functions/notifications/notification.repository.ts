import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Notification } from '../../domain/notifications/notification.schema.js';
import { reaches } from '../../domain/notifications/notify.js';
import type { Actor } from '../../domain/people/actor.schema.js';
import { readItem } from '../storage/items.js';
import { keys } from '../storage/keys.js';
import type { Store } from '../storage/store.js';
import { unlessConditionFails } from '../storage/store-errors.js';

const INBOX_SIZE = 50;

/** The newest notifications of my role, of which those meant for me are in my inbox. */
async function newestOfRole(store: Store, actor: Actor): Promise<Notification[]> {
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.roleInbox(actor.fundId, actor.role), ':prefix': keys.notificationsPrefix },
      ScanIndexForward: false,
      Limit: INBOX_SIZE,
    }),
  );
  return (result.Items ?? []).map(readItem.notification).filter(meantFor(actor));
}

/** What my own inbox partition holds of the time my inbox shows, newest first. */
interface OwnInbox {
  notes: Notification[];
  /** My read markers on my role's notifications, by notification id. */
  markers: Map<string, string>;
  /** My "mark all read" moments, oldest first. */
  moments: string[];
  /** When the Query stopped before the partition's end: the id of the oldest item it read. */
  readDownTo?: string;
}

/**
 * My own notifications, my read markers on my role's and my "mark all read" moments, in one
 * Query: they share my partition, the moments first, the markers among the notifications by time.
 * Every marker newer than the oldest notification shown is on one shown, so the inbox's size
 * twice over reads down past it.
 */
async function ownInbox(store: Store, actor: Actor): Promise<OwnInbox> {
  const moments = keys.readAllMarker(actor.fundId, actor.userId);
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': moments.PK, ':from': keys.notificationsPrefix, ':to': moments.SK },
      ScanIndexForward: false,
      Limit: 2 * INBOX_SIZE + 1,
    }),
  );
  const inbox: OwnInbox = { notes: [], markers: new Map(), moments: [] };
  for (const item of result.Items ?? []) {
    if (item.entity === 'read-all-marker') inbox.moments = readItem.readAllMarker(item).moments;
    else if (item.entity === 'read-marker') {
      const marker = readItem.readMarker(item);
      inbox.markers.set(marker.notificationId, marker.readAt);
    } else inbox.notes.push(readItem.notification(item));
  }
  const last = result.Items?.at(-1);
  if (result.LastEvaluatedKey && last) inbox.readDownTo = String(last.notificationId ?? last.id);
  return inbox;
}

/** A role notification reaches only those of the role it is meant for (the domain's recusal rule). */
const meantFor = (actor: Actor) => (n: Notification) => reaches(n.recipient, actor);

/** The two Queries of my inbox, at once; the notifications it shows, newest first. */
async function inboxOf(store: Store, actor: Actor): Promise<OwnInbox & { shown: Notification[] }> {
  const [own, roleNotes] = await Promise.all([ownInbox(store, actor), newestOfRole(store, actor)]);
  // Below where my own Query stopped, a role notification's marker may not have been read.
  const readDownTo = own.readDownTo;
  const shown = [...own.notes, ...roleNotes.filter((n) => readDownTo === undefined || n.id >= readDownTo)]
    .sort((a, b) => b.id.localeCompare(a.id))
    .slice(0, INBOX_SIZE);
  return { ...own, shown };
}

/**
 * The development inbox: the newest notifications addressed to me and to my role, read where I
 * marked them read: my own by their `readAt`, my role's by a read marker of mine, and both by the
 * first "mark all read" of mine at or after they came, whichever was first.
 */
export async function listInbox(store: Store, actor: Actor): Promise<Notification[]> {
  const { shown, markers, moments } = await inboxOf(store, actor);
  return shown.map((note) => {
    // Read by itself and by a "mark all read" both: the earlier moment is when it was read.
    const [readAt] = [note.readAt, markers.get(note.id), moments.find((moment) => moment >= note.at)]
      .filter((moment) => moment !== undefined)
      .sort();
    return readAt ? { ...note, readAt } : note;
  });
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

/**
 * Marks everything my inbox holds now read with one write, however many notifications that is: a
 * new "mark all read" moment. A notification keeps the first moment after it came, so calling it
 * again with nothing new changes nothing. Moments older than my inbox's oldest notification no
 * longer decide anything and are dropped, which keeps the item at most one moment per notification shown.
 */
export async function markAllRead(store: Store, actor: Actor, now: string): Promise<void> {
  const { shown, moments: before } = await inboxOf(store, actor);
  const newestNote = shown[0]?.at;
  if (newestNote === undefined || before.some((moment) => moment >= newestNote && moment <= now)) return;
  const oldestNote = shown.at(-1)!.at;
  const moments = [...before.filter((moment) => moment >= oldestNote && moment < now), now];
  // Another "mark all read" of mine that landed meanwhile did the same: then this one is not needed.
  await unlessConditionFails(() =>
    store.db.send(
      new PutCommand({
        TableName: store.table,
        Item: { ...keys.readAllMarker(actor.fundId, actor.userId), entity: 'read-all-marker', moments },
        ...(before.length
          ? { ConditionExpression: 'moments = :before', ExpressionAttributeValues: { ':before': before } }
          : { ConditionExpression: 'attribute_not_exists(PK)' }),
      }),
    ),
  );
}
