import { readDisabledUserIds } from '../people/disabled-users.repository.js';
import { store } from '../storage/store.js';

/** How long a warm function trusts its copy of a fund's disabled list: a disable reaches every function within this. */
export const DISABLED_USERS_CACHE_MS = 30_000;

export interface DisabledUsersCache {
  isDisabled: (fundId: string, userId: string) => Promise<boolean>;
  /** Drops the fund's copy, so that the next call in this process reads the list again. */
  forget: (fundId: string) => void;
}

/**
 * A per-process copy of each fund's disabled user ids, read at most once per `ttlMs` per fund, so
 * that checking every call costs no DynamoDB request of its own. Concurrent calls share one read.
 */
export function disabledUsersCache(options: {
  read: (fundId: string) => Promise<ReadonlySet<string>>;
  ttlMs?: number;
  now?: () => number;
}): DisabledUsersCache {
  const ttlMs = options.ttlMs ?? DISABLED_USERS_CACHE_MS;
  const now = options.now ?? Date.now;
  const copies = new Map<string, { ids: Promise<ReadonlySet<string>>; until: number }>();
  return {
    async isDisabled(fundId, userId) {
      let copy = copies.get(fundId);
      if (!copy || copy.until <= now()) {
        const fresh = { ids: options.read(fundId), until: now() + ttlMs };
        copies.set(fundId, fresh);
        // A failed read is not kept: the next call tries again (and this one fails, rather than let a disabled user in).
        fresh.ids.catch(() => {
          if (copies.get(fundId) === fresh) copies.delete(fundId);
        });
        copy = fresh;
      }
      return (await copy.ids).has(userId);
    },
    forget: (fundId) => void copies.delete(fundId),
  };
}

/** The one copy of this process, shared by every route's identity check and the disable route. */
export const disabledUsers = disabledUsersCache({ read: (fundId) => readDisabledUserIds(store(), fundId) });
