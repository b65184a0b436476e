import { BatchGetCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  defaultNotificationSettings,
  type NotificationSettings,
} from '../../domain/people/notification-settings.schema.js';
import { readItem } from '../storage/items.js';
import { keys } from '../storage/keys.js';
import type { Store } from '../storage/store.js';
import { unlessConditionFails } from '../storage/store-errors.js';

/** BatchGetItem takes at most 100 keys. */
const BATCH_GET_MAX = 100;

/** My settings on the notifications page; the defaults (each mail at once, Dutch) until I choose. */
export async function getNotificationSettings(store: Store, fundId: string, userId: string): Promise<NotificationSettings> {
  const found = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.notificationSettings(fundId, userId) }));
  return found.Item ? readItem.notificationSettings(found.Item) : defaultNotificationSettings;
}

/** The settings of the recipients of one notification (the mailer) or of a fund's users (the digest): one BatchGetItem per 100. */
export async function notificationSettingsOf(store: Store, fundId: string, userIds: readonly string[]): Promise<Map<string, NotificationSettings>> {
  const found = new Map<string, NotificationSettings>();
  const unique = [...new Set(userIds)];
  for (let i = 0; i < unique.length; i += BATCH_GET_MAX) {
    let wanted: Record<string, unknown>[] = unique.slice(i, i + BATCH_GET_MAX).map((id) => keys.notificationSettings(fundId, id));
    while (wanted.length > 0) {
      const result = await store.db.send(new BatchGetCommand({ RequestItems: { [store.table]: { Keys: wanted } } }));
      for (const item of result.Responses?.[store.table] ?? []) found.set(String(item.userId), readItem.notificationSettings(item));
      wanted = result.UnprocessedKeys?.[store.table]?.Keys ?? [];
    }
  }
  return new Map(unique.map((id) => [id, found.get(id) ?? defaultNotificationSettings]));
}

/**
 * Saves my choice. Choosing the digest when I had not starts it now: what was already mailed at once
 * is not mailed again in tomorrow's digest. Otherwise the moment of the last digest stays, so
 * saving twice sends no digest twice.
 */
export async function saveNotificationSettings(
  store: Store,
  fundId: string,
  userId: string,
  chosen: Pick<NotificationSettings, 'email' | 'language'>,
  now: string,
): Promise<NotificationSettings> {
  const update = (startsDigest: boolean) =>
    store.db.send(
      new UpdateCommand({
        TableName: store.table,
        Key: keys.notificationSettings(fundId, userId),
        UpdateExpression: `SET entity = :entity, userId = :userId, email = :email, #language = :language${startsDigest ? ', lastDigestAt = :now' : ''}`,
        // The switch to the digest only when it is one; a plain save is unconditional: the latest choice counts.
        ...(startsDigest ? { ConditionExpression: 'attribute_not_exists(email) OR email <> :email' } : {}),
        ExpressionAttributeNames: { '#language': 'language' },
        ExpressionAttributeValues: {
          ':entity': 'notification-settings', ':userId': userId, ':email': chosen.email, ':language': chosen.language,
          ...(startsDigest ? { ':now': now } : {}),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
  const saved = (chosen.email === 'daily_digest' ? await unlessConditionFails(() => update(true)) : undefined) ?? (await update(false));
  return readItem.notificationSettings(saved.Attributes!);
}

/**
 * Records that the digest up to `at` went out, unless another run recorded one since `previous`:
 * false then, and that run's digest is the one that counts.
 */
export async function recordDigestSent(store: Store, fundId: string, userId: string, previous: string | undefined, at: string): Promise<boolean> {
  const written = await unlessConditionFails(() =>
    store.db.send(
      new UpdateCommand({
        TableName: store.table,
        Key: keys.notificationSettings(fundId, userId),
        UpdateExpression: 'SET entity = :entity, userId = :userId, lastDigestAt = :at, email = if_not_exists(email, :email), #language = if_not_exists(#language, :language)',
        ConditionExpression: previous === undefined ? 'attribute_not_exists(lastDigestAt)' : 'lastDigestAt = :previous',
        ExpressionAttributeNames: { '#language': 'language' },
        ExpressionAttributeValues: {
          ':entity': 'notification-settings', ':userId': userId, ':at': at,
          ':email': defaultNotificationSettings.email, ':language': defaultNotificationSettings.language,
          ...(previous === undefined ? {} : { ':previous': previous }),
        },
      }),
    ),
  );
  return written !== undefined;
}
