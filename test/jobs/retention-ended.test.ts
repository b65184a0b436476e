import { beforeAll, describe, expect, it } from 'vitest';
import { createDraft } from '../../domain/case/draft.commands.js';
import { screen, withdraw } from '../../domain/case/screening.commands.js';
import { submit } from '../../domain/case/submission.commands.js';
import { PURGED } from '../../domain/retention/purge.js';
import { runScheduledJob } from '../../functions/jobs/scheduled-job.js';
import type { Store } from '../../functions/storage/store.js';
import { people } from '../domain/builders.js';
import { aRequest } from '../support/fixtures.js';
import { testStore } from '../support/test-store.js';
import { at, ctxAt, reload, saveFund, write } from './job-story.js';

let store: Store;
const START = '2025-03-03T09:00:00.000Z';

async function submitted(clientRef: string) {
  const f = await write(store, null, createDraft(people.sanne, aRequest({ clientRef, consent: { given: true, date: '2025-03-03' } }), ctxAt(START)));
  return write(store, f, submit(f, people.sanne, [], ctxAt(START)));
}

beforeAll(async () => {
  store = await testStore();
  await saveFund(store);
});

describe('retention of requests that ended without a decision', () => {
  it('purges a withdrawn request 24 months after it was withdrawn, once', async () => {
    const s = await submitted('END-1');
    const withdrawn = await write(store, s, withdraw(s, people.sanne, 'De verhuurder heeft zelf een regeling aangeboden.', ctxAt(at(START, 1))));
    await runScheduledJob(store, at(START, 2));
    const waiting = await reload(store, withdrawn.case.id);
    expect(waiting.case.retention).toEqual({ purgeAfter: '2027-03-04T09:00:00.000Z' });
    expect(waiting.case.withdrawal?.reason).toBe('De verhuurder heeft zelf een regeling aangeboden.');
    expect(waiting.history).toHaveLength(withdrawn.history.length);

    await runScheduledJob(store, '2027-03-04T09:00:00.000Z');
    const purged = await reload(store, withdrawn.case.id);
    expect(purged.case).toMatchObject({ state: 'withdrawn', withdrawal: { reason: PURGED }, request: { breakthrough: PURGED, amountCents: 2_000_00 } });
    expect(purged.history.find((h) => h.type === 'withdrawn')?.reason).toBe(PURGED);
    expect(await runScheduledJob(store, '2027-03-05T09:00:00.000Z')).toEqual({ attended: 0, changed: 0, skipped: 0 });
  });

  it('purges a request screened out long ago in one run: its retention starts and ends at once', async () => {
    const s = await submitted('END-2');
    const out = await write(store, s, screen(s, people.marieke, { outcome: 'out', reason: 'Past niet binnen de criteria van het fonds.' }, ctxAt(at(START, 1))));
    await runScheduledJob(store, '2028-01-01T00:00:00.000Z');
    const purged = await reload(store, out.case.id);
    expect(purged.case.screening).toMatchObject({ outcome: 'out', text: PURGED });
    expect(purged.history.map((h) => h.type).sort()).toEqual([...out.history.map((h) => h.type), 'narrative_purged'].sort());
  });
});
