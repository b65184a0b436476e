import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../storage/keys.js';
import type { Store } from '../storage/store.js';

/**
 * The fund's disabled user ids, as one item of the table: on AWS the accounts live in Cognito, whose
 * ListUsers is rate-limited and too slow to ask on every call, so the disable route writes the id
 * here too, and the API's identity check reads this one item (at most every 30 s per warm function).
 */
export async function readDisabledUserIds(store: Store, fundId: string): Promise<ReadonlySet<string>> {
  // Consistent: a refresh must see a disable that just happened, and it is rare enough to pay for.
  const result = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.disabledUsers(fundId), ConsistentRead: true }));
  const ids: unknown = result.Item?.userIds;
  return new Set(ids instanceof Set ? [...ids].filter((id): id is string => typeof id === 'string') : []);
}

/** Adds the user to the fund's disabled list, or takes them off it: one write, and a repeat changes nothing. */
async function changeDisabledList(store: Store, fundId: string, userId: string, change: 'ADD' | 'DELETE'): Promise<void> {
  await store.db.send(
    new UpdateCommand({
      TableName: store.table,
      Key: keys.disabledUsers(fundId),
      UpdateExpression: `${change} userIds :ids SET entity = :entity`,
      ExpressionAttributeValues: { ':ids': new Set([userId]), ':entity': 'disabled-users' },
    }),
  );
}

export const recordDisabledUser = (store: Store, fundId: string, userId: string) => changeDisabledList(store, fundId, userId, 'ADD');

export const removeDisabledUser = (store: Store, fundId: string, userId: string) => changeDisabledList(store, fundId, userId, 'DELETE');
