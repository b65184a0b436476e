import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { table } from './table.js';

type Item = Record<string, NativeAttributeValue>;

const keyAttributes = new Set<string>([
  table.partitionKey,
  table.sortKey,
  ...Object.values(table.indexes).flatMap((i) => [i.partitionKey, i.sortKey]),
  'entity',
]);

/** The stored record without its table keys: what the domain knows it as. */
export function recordOf<T>(item: Item): T {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !keyAttributes.has(k))) as T;
}
