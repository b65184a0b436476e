import { GetCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { readItem } from './items.js';
import { keys } from './keys.js';
import type { Store } from './store.js';
import { table } from './table.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A request sent with an Idempotency-Key: whose it is, what it asked, and the status a success answers with. */
export interface IdempotencyClaim {
  fundId: string;
  userId: string;
  key: string;
  /** A hash of the route, its path parameters and its parsed body: the same key with another request is refused. */
  fingerprint: string;
  status: number;
}

export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** A day is long enough for any client to retry; the record holds request text, so it does not stay. */
const KEEP_SECONDS = 24 * 3600;

/**
 * The first answer, written in the same transaction as the change it answers, so a retry can never
 * find the change without its answer or the other way round. The condition makes a second write with
 * the same key cancel the whole transaction: the change is not made twice.
 */
export function answerRecordItems(tableName: string, claim: IdempotencyClaim | undefined, body: unknown, nowMs = Date.now()): TransactItem[] {
  if (!claim) return [];
  return [{
    Put: {
      TableName: tableName,
      Item: {
        ...keys.idempotency(claim.fundId, claim.userId, claim.key),
        entity: 'idempotency',
        fingerprint: claim.fingerprint,
        status: claim.status,
        answer: JSON.stringify(body),
        [table.timeToLive]: Math.floor(nowMs / 1000) + KEEP_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  }];
}

/** The stored first answer for this user's key, if it is still kept: read only when a request with a key fails. */
export async function findStoredAnswer(store: Store, claim: IdempotencyClaim, nowMs = Date.now()): Promise<StoredAnswer | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.table, Key: keys.idempotency(claim.fundId, claim.userId, claim.key), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const stored = readItem.idempotency(Item);
  if (stored[table.timeToLive] * 1000 < nowMs) return undefined;
  return { fingerprint: stored.fingerprint, status: stored.status, body: JSON.parse(stored.answer) };
}
