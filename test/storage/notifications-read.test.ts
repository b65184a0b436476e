import { PutCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../domain/notifications/notification.schema.js';
import type { Actor } from '../../domain/people/actor.schema.js';
import { notificationId } from '../../functions/storage/after-decision.writer.js';
import { listInbox, markAllRead, markRead } from '../../functions/notifications/notification.repository.js';
import { keys } from '../../functions/storage/keys.js';
import { countRequests, kindsOf } from '../../functions/storage/request-counter.js';
import type { Store } from '../../functions/storage/store.js';
import { testStore } from '../support/test-store.js';

/**
 * Whatever order notifications come and are read in, the inbox says of each one whether it is
 * read, and since when: the first moment I read it by itself or marked all read after it came.
 * A member's reading never changes what another member of the same role sees.
 */
const organisations = ['org-west', 'org-zuid'] as const;
const member = (fundId: string, userId: string, organisationId: string = organisations[0]): Actor => ({ userId, name: userId, fundId, role: 'panel_member', organisationId });

type Step =
  | { kind: 'own'; to: 0 | 1 }
  | { kind: 'role'; except?: (typeof organisations)[number] }
  | { kind: 'markOne'; by: 0 | 1; pick: number }
  | { kind: 'markAll'; by: 0 | 1 };

const who = fc.constantFrom(0 as const, 1 as const);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('own' as const), to: who }),
  fc.record({ kind: fc.constant('role' as const), except: fc.option(fc.constantFrom(...organisations), { nil: undefined }) }, { requiredKeys: ['kind'] }),
  fc.record({ kind: fc.constant('markOne' as const), by: who, pick: fc.nat() }),
  fc.record({ kind: fc.constant('markAll' as const), by: who }),
);

let store: Store;
beforeAll(async () => {
  store = await testStore();
}, 60_000);

describe('reading notifications', () => {
  it('shows each notification read from the first moment I read it or marked all read after it came', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 25 }), async (steps) => {
        run += 1;
        // A fund of its own each run, so its role's notifications start empty.
        const FUND = `fund-read-${run}`;
        const members = [member(FUND, 'a', organisations[0]), member(FUND, 'b', organisations[1])];
        // The model: each member's notifications, with when (if ever) that member read them.
        const seen: Array<Map<string, { note: Notification; readAt?: string }>> = [new Map(), new Map()];
        const start = Date.UTC(2026, 0, 1);
        for (const [i, step] of steps.entries()) {
          const at = new Date(start + i * 60_000).toISOString();
          if (step.kind === 'own' || step.kind === 'role') {
            const recipient = step.kind === 'own'
              ? { kind: 'user' as const, userId: members[step.to]!.userId }
              : { kind: 'role' as const, role: 'panel_member' as const, ...(step.except ? { exceptOrganisationId: step.except } : {}) };
            const note: Notification = { id: notificationId(at, `h${run}x${i}`, 0), fundId: FUND, type: 'case_to_vote_on', caseId: `c${i}`, at, recipient };
            const partition = step.kind === 'own' ? keys.userInbox(FUND, recipient.kind === 'user' ? recipient.userId : '') : keys.roleInbox(FUND, 'panel_member');
            await store.db.send(new PutCommand({ TableName: store.table, Item: { ...keys.notification(partition, note.id), entity: 'notification', ...note } }));
            // A role notification can leave out the members of one organisation (those of the counsellor's own).
            const reaches = (m: number) => (step.kind === 'own' ? step.to === m : step.except !== members[m]!.organisationId);
            for (const [m, inbox] of seen.entries()) if (reaches(m)) inbox.set(note.id, { note });
          } else if (step.kind === 'markOne') {
            const notes = [...seen[step.by]!.values()];
            if (notes.length === 0) continue;
            const chosen = notes[step.pick % notes.length]!;
            await markRead(store, members[step.by]!, chosen.note.id, at);
            chosen.readAt ??= at;
          } else {
            await markAllRead(store, members[step.by]!, at);
            for (const entry of seen[step.by]!.values()) entry.readAt ??= at;
          }
        }
        for (const [m, inbox] of seen.entries()) {
          const expected = [...inbox.values()]
            .sort((a, b) => b.note.id.localeCompare(a.note.id))
            .map(({ note, readAt }) => ({ id: note.id, readAt }));
          const shown = (await listInbox(store, members[m]!)).map((n) => ({ id: n.id, readAt: n.readAt }));
          expect(shown).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  }, 240_000);

  it('marks the whole inbox read with one write, however full it is', async () => {
    const FUND = 'fund-full';
    const reader = member(FUND, 'full');
    for (let i = 0; i < 60; i++) {
      const at = new Date(Date.UTC(2026, 1, 1) + i * 1000).toISOString();
      const note: Notification = { id: notificationId(at, `full${i}`, 0), fundId: FUND, type: 'decision', caseId: `c${i}`, at, recipient: { kind: 'user', userId: 'full' } };
      await store.db.send(new PutCommand({ TableName: store.table, Item: { ...keys.notification(keys.userInbox(FUND, 'full'), note.id), entity: 'notification', ...note } }));
    }
    const counter = countRequests(store.db);
    await markAllRead(store, reader, '2026-02-02T00:00:00.000Z');
    counter.stop();
    expect(kindsOf(counter.counts())).toEqual({ reads: 2, transactions: 0, otherWrites: 1 });
    const inbox = await listInbox(store, reader);
    expect(inbox).toHaveLength(50);
    expect(inbox.every((n) => n.readAt === '2026-02-02T00:00:00.000Z')).toBe(true);
  });

  it('shows the newest of a full inbox with each role notification I read marked read', async () => {
    const FUND = 'fund-busy';
    const reader = member(FUND, 'busy');
    const notes: Notification[] = [];
    for (let i = 0; i < 160; i++) {
      const at = new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString();
      const own = i % 2 === 0;
      const note: Notification = {
        id: notificationId(at, `busy${i}`, 0), fundId: FUND, type: 'case_to_vote_on', caseId: `c${i}`, at,
        recipient: own ? { kind: 'user', userId: 'busy' } : { kind: 'role', role: 'panel_member' },
      };
      const partition = own ? keys.userInbox(FUND, 'busy') : keys.roleInbox(FUND, 'panel_member');
      await store.db.send(new PutCommand({ TableName: store.table, Item: { ...keys.notification(partition, note.id), entity: 'notification', ...note } }));
      notes.push(note);
    }
    const role = notes.filter((n) => n.recipient.kind === 'role');
    for (const note of role) await markRead(store, reader, note.id, '2026-03-02T00:00:00.000Z');
    const inbox = await listInbox(store, reader);
    const newest = notes.slice(-50).reverse();
    expect(inbox.map((n) => [n.id, n.readAt])).toEqual(newest.map((n) => [n.id, n.recipient.kind === 'role' ? '2026-03-02T00:00:00.000Z' : undefined]));
  });
});
