import { expect } from 'vitest';
import type { Page, PageRequest } from '../../functions/storage/paging.js';

/** A paged list read to its end, `limit` at a time; no page holds more than it was asked for. */
export async function allPages<T>(read: (page: PageRequest) => Promise<Page<T>>, limit: number): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read({ limit, ...(cursor ? { cursor } : {}) });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}
