import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISABLED_USERS_CACHE_MS, disabledUsersCache } from '../../functions/http/disabled-users.js';

/**
 * Another warm function than the one that disabled the user: it learns of the disable only by
 * reading the list again. Each step is a call some time after the previous one (by a fake clock).
 */
describe("a warm function's copy of the fund's disabled list", () => {
  it('refuses a user disabled elsewhere within 30 s, and reads the list at most once per 30 s', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 59 }),
        async (gaps, disableAfterStep) => {
          let now = 0;
          let reads = 0;
          const stored = new Set<string>();
          const cache = disabledUsersCache({ read: async () => (reads++, new Set(stored)), now: () => now });
          let disabledAt: number | undefined;
          for (const [step, gap] of gaps.entries()) {
            now += gap;
            if (step === disableAfterStep) {
              stored.add('youssef');
              disabledAt = now;
            }
            const refused = await cache.isDisabled('amsterdam-demo', 'youssef');
            if (disabledAt !== undefined && now - disabledAt >= DISABLED_USERS_CACHE_MS) expect(refused).toBe(true);
            if (disabledAt === undefined) expect(refused).toBe(false);
            expect(await cache.isDisabled('amsterdam-demo', 'sanne')).toBe(false);
          }
          // One read to start with, then at most one per 30 s that passed: never one per call.
          expect(reads).toBeLessThanOrEqual(1 + Math.floor(now / DISABLED_USERS_CACHE_MS));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads again after being told to forget, as the disable route does in its own function', async () => {
    const stored = new Set<string>();
    const cache = disabledUsersCache({ read: async () => new Set(stored), now: () => 0 });
    expect(await cache.isDisabled('f', 'u')).toBe(false);
    stored.add('u');
    cache.forget('f');
    expect(await cache.isDisabled('f', 'u')).toBe(true);
  });

  it('lets no one in while the list cannot be read, and tries again on the next call', async () => {
    let fail = true;
    const cache = disabledUsersCache({ read: async () => { if (fail) throw new Error('store down'); return new Set<string>(); }, now: () => 0 });
    await expect(cache.isDisabled('f', 'u')).rejects.toThrow('store down');
    fail = false;
    expect(await cache.isDisabled('f', 'u')).toBe(false);
  });
});
