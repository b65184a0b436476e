import type { ScheduledEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../../functions/jobs/run-scheduled-job.handler.js';
import type { Store } from '../../functions/storage/store.js';
import { testStore } from '../support/test-store.js';
import { notes, paidGrant, saveFund, snapshot } from './job-story.js';

let store: Store;
beforeAll(async () => {
  store = await testStore(); // the handler finds this table through TABLE_NAME, as on Lambda
  await saveFund(store);
});

const scheduled = (time: string) => ({ time, source: 'aws.events', 'detail-type': 'Scheduled Event' }) as unknown as ScheduledEvent;

describe('the scheduled job on AWS', () => {
  it('runs the same job at the time of the scheduled event', async () => {
    const { case: kase } = await paidGrant(store, 'HANDLER-1', '2026-01-10T10:00:00.000Z');
    expect(await handler(scheduled('2026-04-11T00:00:00Z'))).toEqual({ attended: 1, changed: 1, skipped: 0, digests: 0 });
    expect(notes((await snapshot(store, kase.id)).sanne, kase.id)).toContain('follow_up_due');
    expect(await handler(scheduled('2026-04-11T00:00:00Z'))).toEqual({ attended: 0, changed: 0, skipped: 0, digests: 0 });
  });
});
