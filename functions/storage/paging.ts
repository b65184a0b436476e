import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  cursor?: string;
}

export interface PageRequest {
  cursor?: string;
  limit: number;
}

type Key = Record<string, NativeAttributeValue>;

export const encodeCursor = (key: Key | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;

/** Decodes a cursor, or undefined when it is not one we made (the API answers 400 then). */
export function decodeCursor(cursor: string): Key | undefined {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid = typeof key === 'object' && key !== null && Object.values(key).every((v) => typeof v === 'string');
    return valid ? (key as Key) : undefined;
  } catch {
    return undefined;
  }
}
