import { PutCommand, QueryCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { User } from '../../domain/people/user.schema.js';
import { readItem } from '../storage/items.js';
import { keys } from '../storage/keys.js';
import type { Store } from '../storage/store.js';

/** The local user store: the sign-in page's list and user administration when not on Cognito. */
export async function listUsers(store: Store, fundId: string): Promise<User[]> {
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.usersPartition(fundId) },
    }),
  );
  return (result.Items ?? []).map(readItem.user);
}

export async function getUser(store: Store, fundId: string, userId: string): Promise<User | undefined> {
  const result = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.user(fundId, userId) }));
  return result.Item ? readItem.user(result.Item) : undefined;
}

/** Saves a user as given: unconditional, as inviting, disabling and seeding each mean "the account is now this". */
export async function putUser(store: Store, user: User): Promise<void> {
  await store.db.send(new PutCommand({ TableName: store.table, Item: { ...keys.user(user.fundId, user.userId), entity: 'user', ...user } }));
}
