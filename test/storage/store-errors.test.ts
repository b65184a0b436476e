import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { conditionFailureOf, guardedWrite, unlessConditionFails, WriteConflict } from '../../functions/storage/store-errors.js';

const metadata = { $metadata: {} };
const checkFailed = () => new ConditionalCheckFailedException({ message: 'The conditional request failed', ...metadata, Item: { version: { N: '7' } } });
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    ...metadata,
    CancellationReasons: codes.map((Code, i) => (i === 0 && Code === 'ConditionalCheckFailed' ? { Code, Item: { version: { N: '4' } } } : { Code })),
  });

describe('condition failures, read in one place', () => {
  it('reads a single write whose condition failed, with the version the item holds now', () => {
    const failure = conditionFailureOf(checkFailed());
    expect(failure).toMatchObject({ failedAt: [0], transient: false });
    expect(failure?.currentVersionAt(0)).toBe(7);
  });

  it('reads which items of a transaction failed their condition, and the case version when it came back', () => {
    const failure = conditionFailureOf(cancelled('ConditionalCheckFailed', 'None', 'ConditionalCheckFailed'));
    expect(failure).toMatchObject({ failedAt: [0, 2], transient: false });
    expect(failure?.currentVersionAt(0)).toBe(4);
    expect(failure?.currentVersionAt(2)).toBeUndefined();
  });

  it('tells a transaction that met another one (worth trying again) from one that failed a condition', () => {
    expect(conditionFailureOf(cancelled('TransactionConflict', 'None'))).toMatchObject({ failedAt: [], transient: true });
  });

  it('leaves every other error alone', async () => {
    const other = new Error('ECONNRESET');
    expect(conditionFailureOf(other)).toBeUndefined();
    await expect(guardedWrite(() => Promise.reject(other), () => new WriteConflict('no'))).rejects.toBe(other);
    await expect(unlessConditionFails(() => Promise.reject(other))).rejects.toBe(other);
  });

  it('turns a failed condition into the domain error the write names, or into nothing where it only kept a write from repeating', async () => {
    const conflict = guardedWrite(() => Promise.reject(cancelled('None', 'ConditionalCheckFailed')), (f) => new WriteConflict(`item ${f.failedAt[0]}`));
    await expect(conflict).rejects.toEqual(new WriteConflict('item 1'));
    await expect(unlessConditionFails(() => Promise.reject(checkFailed()))).resolves.toBeUndefined();
    await expect(unlessConditionFails(() => Promise.resolve('written'))).resolves.toBe('written');
  });
});
