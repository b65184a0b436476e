import fc from 'fast-check';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDraft, editDraft } from '../../domain/case/draft.commands.js';
import { submit } from '../../domain/case/submission.commands.js';
import { addMonths } from '../../domain/shared/time.js';
import { getCaseFile } from '../../functions/case/case.repository.js';
import { runScheduledJob } from '../../functions/jobs/scheduled-job.js';
import { keys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { fund, people } from '../domain/builders.js';
import { aRequest } from '../support/fixtures.js';
import { testStore } from '../support/test-store.js';
import { at, ctxAt, saveFund, write } from './job-story.js';

let store: Store;
const START = '2030-03-02T10:00:00.000Z';
const MONTHS = fund.settings.retentionMonths;
const LONG_AFTER = '2099-01-01T00:00:00.000Z';
let drafts = 0;

const partition = async (caseId: string) =>
  (await store.db.send(new QueryCommand({ TableName: store.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.casePartition(caseId) } }))).Items ?? [];
/** The drafts the fund's month figures count, over all months. */
async function draftsCounted(): Promise<number> {
  const months = await store.db.send(new QueryCommand({ TableName: store.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.figuresPartition(fund.id) } }));
  return (months.Items ?? []).reduce((sum, m) => sum + Number(m['requests.draft'] ?? 0), 0);
}

/** sanne starts a draft at `start` and saves it again after each of `editDays`. */
async function draftEdited(clientRef: string, start: string, editDays: number[]) {
  let file = await write(store, null, createDraft(people.sanne, aRequest({ clientRef }), ctxAt(start)));
  for (const days of editDays) {
    file = await write(store, file, editDraft(file, people.sanne, { stability: `Opgeslagen na ${days} dagen, nog niet af.` }, ctxAt(at(start, days))));
  }
  return file;
}

describe('drafts that are never submitted', () => {
  beforeAll(async () => {
    store = await testStore();
    await saveFund(store);
  });

  it('are deleted whole once the retention period has passed since their last change, not before', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 3 }).map((days) => days.sort((a, b) => a - b)),
        // The job runs some days before or after the draft's retention has passed.
        fc.integer({ min: -40, max: 40 }),
        async (editDays, offsetDays) => {
          await runScheduledJob(store, LONG_AFTER); // the drafts of earlier runs are gone
          const draft = await draftEdited(`CON-${(drafts++).toString(36)}`, START, editDays);
          const lastChange = draft.case.updatedAt;
          const runAt = at(addMonths(lastChange, MONTHS), offsetDays);
          const countedBefore = await draftsCounted();
          await runScheduledJob(store, runAt);
          const after = await getCaseFile(store, draft.case.id);
          const expired = runAt >= addMonths(lastChange, MONTHS);
          if (expired) {
            expect(after).toBeUndefined();
            expect(await partition(draft.case.id)).toEqual([]);
          } else {
            expect(after?.case).toMatchObject({ state: 'draft', version: draft.case.version });
          }
          // The figures count drafts being written: a deleted one no longer.
          expect(await draftsCounted()).toBe(countedBefore - (expired ? 1 : 0));
        },
      ),
      { numRuns: 25, seed: 20261201 },
    );
  });

  it('keep no draft retention once submitted: a submitted request waits for its decision, whatever its age', async () => {
    let file = await draftEdited('CON-SUBMITTED', START, [3]);
    file = await write(store, file, submit(file, people.sanne, [], ctxAt(at(START, 4))));
    expect(file.case.retention).toBeUndefined();
    await runScheduledJob(store, addMonths(START, MONTHS + 12));
    expect((await getCaseFile(store, file.case.id))?.case).toMatchObject({ state: 'submitted', request: { clientRef: 'CON-SUBMITTED' } });
  });
});
