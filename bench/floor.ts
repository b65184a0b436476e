import { randomUUID } from 'node:crypto';
import {
  BatchGetItemCommand, DeleteItemCommand, GetItemCommand, PutItemCommand, QueryCommand, TransactWriteItemsCommand, UpdateItemCommand,
  type DynamoDBClient, type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** A request as it went to DynamoDB: its operation and its low-level input. */
export interface Sent {
  operation: string;
  input: Record<string, unknown>;
}

/** Records every request the handlers' client sends (after marshalling), to replay its floor. */
export function captureRequests(client: DynamoDBDocumentClient): { take: () => Sent[]; stop: () => void } {
  let sent: Sent[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push({ operation: String(context.commandName).replace(/Command$/, ''), input: structuredClone(args.input as Record<string, unknown>) });
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'benchCapture', override: true },
  );
  return { take: () => { const taken = sent; sent = []; return taken; }, stop: () => void client.middlewareStack.remove('benchCapture') };
}

const READS = new Set(['GetItem', 'Query', 'BatchGetItem']);
const WRITES = new Set(['TransactWriteItems', 'PutItem', 'UpdateItem', 'DeleteItem']);

type Key = Record<string, { S: string }>;
const tokensIn = (expression: string | undefined, sign: '#' | ':') => new Set((expression ?? '').match(sign === '#' ? /#\w+/g : /:\w+/g) ?? []);
const keep = (map: Record<string, unknown> | undefined, used: Set<string>) => {
  const kept = Object.fromEntries(Object.entries(map ?? {}).filter(([k]) => used.has(k)));
  return Object.keys(kept).length ? kept : undefined;
};

/** The same item written to a throwaway key and without its condition: the write with nothing to check. */
function unguarded(item: TransactWriteItem, key: Key): TransactWriteItem {
  if (item.Put) return { Put: { TableName: item.Put.TableName, Item: { ...item.Put.Item, ...key } } };
  if (item.Delete) return { Delete: { TableName: item.Delete.TableName, Key: key } };
  if (item.ConditionCheck) return { ConditionCheck: { TableName: item.ConditionCheck.TableName, Key: key, ConditionExpression: 'attribute_not_exists(PK)' } };
  const u = item.Update!;
  const names = keep(u.ExpressionAttributeNames, tokensIn(u.UpdateExpression, '#'));
  const values = keep(u.ExpressionAttributeValues, tokensIn(u.UpdateExpression, ':'));
  return { Update: { TableName: u.TableName, Key: key, UpdateExpression: u.UpdateExpression, ...(names ? { ExpressionAttributeNames: names as Record<string, string> } : {}), ...(values ? { ExpressionAttributeValues: values as never } : {}) } };
}

const freshKey = (): Key => ({ PK: { S: `BENCH-FLOOR#${randomUUID()}` }, SK: { S: 'FLOOR' } });

const readAgain = (read: Sent, raw: DynamoDBClient) => () =>
  read.operation === 'Query' ? raw.send(new QueryCommand(read.input as never))
  : read.operation === 'BatchGetItem' ? raw.send(new BatchGetItemCommand(read.input as never))
  : raw.send(new GetItemCommand(read.input as never));

/**
 * What an API call cannot do without: its reads (the same requests, one after the other, as the
 * call needs each answer for the next; `reads: 'first'` keeps only the first), and its write (the
 * same items in one transaction, to throwaway keys, unguarded). Returned as a function that runs them once.
 */
export function floorOf(sent: Sent[], raw: DynamoDBClient, reads: 'all' | 'first' = 'all'): { run: () => Promise<void>; describe: string } {
  const allReads = sent.filter((s) => READS.has(s.operation));
  const replayed = reads === 'all' ? allReads : allReads.slice(0, 1);
  const write = sent.find((s) => WRITES.has(s.operation));
  const steps: (() => Promise<unknown>)[] = replayed.map((read) => readAgain(read, raw));
  if (write) {
    if (write.operation === 'TransactWriteItems') {
      const items = (write.input.TransactItems as TransactWriteItem[]);
      steps.push(() => raw.send(new TransactWriteItemsCommand({ TransactItems: items.map((i) => unguarded(i, freshKey())) })));
    } else {
      const one = write.input as { TableName: string; Item?: Record<string, never> };
      const table = one.TableName;
      if (write.operation === 'PutItem') steps.push(() => raw.send(new PutItemCommand({ TableName: table, Item: { ...one.Item, ...freshKey() } })));
      if (write.operation === 'UpdateItem') steps.push(() => raw.send(new UpdateItemCommand({ ...(write.input as Record<string, never>), Key: freshKey(), ConditionExpression: undefined } as never)));
      if (write.operation === 'DeleteItem') steps.push(() => raw.send(new DeleteItemCommand({ TableName: table, Key: freshKey() })));
    }
  }
  const describe = [...replayed.map((r) => r.operation), write ? `${write.operation}${write.operation === 'TransactWriteItems' ? `(${(write.input.TransactItems as unknown[]).length})` : ''}` : undefined].filter(Boolean).join(' + ') || '—';
  return { run: async () => { for (const step of steps) await step(); }, describe };
}
