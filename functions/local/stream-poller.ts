import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record } from '@aws-sdk/client-dynamodb-streams';
import type { Mailer } from '../notifications/mailer.js';
import { mailNotifications } from '../notifications/mail-notifications.js';

const POLL_MS = 1_000;
const local = { region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

/**
 * Reads the table's stream from DynamoDB Local as Lambda's event source does on AWS, and hands each
 * batch to the same rule as the stream's mailer Lambda. A batch that fails is kept and tried again
 * on the next poll; what the table held before the start is not mailed again.
 */
export async function pollStream(options: { endpoint: string; table: string; mailer: Mailer; pollMs?: number }): Promise<() => Promise<void>> {
  const db = new DynamoDBClient({ ...local, endpoint: options.endpoint });
  const streams = new DynamoDBStreamsClient({ ...local, endpoint: options.endpoint });
  const { Table } = await db.send(new DescribeTableCommand({ TableName: options.table }));
  db.destroy();
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`The table ${options.table} has no stream to mail from.`);

  /** Per shard: the iterator to read next (undefined once the shard is closed and read to its end). */
  const iterators = new Map<string, string | undefined>();
  const shardsNow = async () => (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription?.Shards ?? [];
  for (const shard of await shardsNow()) {
    const { ShardIterator } = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId!, ShardIteratorType: 'LATEST' }));
    iterators.set(shard.ShardId!, ShardIterator);
  }

  const pollOnce = async () => {
    for (const shard of await shardsNow()) {
      if (iterators.has(shard.ShardId!)) continue;
      const { ShardIterator } = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }));
      iterators.set(shard.ShardId!, ShardIterator);
    }
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      const { Records = [], NextShardIterator } = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
      try {
        if (Records.length) await mailNotifications(Records, options.mailer);
      } catch (error) {
        // Not lost: the next poll reads the same batch again, from its first record on.
        console.error('Mailing notifications failed; trying the batch again in a moment:', error instanceof Error ? error.message : error);
        iterators.set(shardId, await iteratorAt(shardId, Records[0]!));
        continue;
      }
      iterators.set(shardId, NextShardIterator);
    }
  };
  const iteratorAt = async (shardId: string, record: _Record) =>
    (await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: record.dynamodb!.SequenceNumber! }))).ShardIterator;

  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = pollOnce()
      .catch((error: unknown) => console.error('Reading the table\'s stream failed:', error instanceof Error ? error.message : error))
      .finally(() => (busy = false));
  }, options.pollMs ?? POLL_MS);
  return async () => {
    clearInterval(timer);
    await running;
    streams.destroy();
  };
}
