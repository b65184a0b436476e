import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../domain/case/case-file.js';
import { reportFollowUp } from '../../domain/follow-up/follow-up.commands.js';
import { caseFigures, sumFigures } from '../../domain/learning/figures.js';
import { caseBudget } from '../../domain/payment/budget.js';
import { runScheduledJob } from '../../functions/jobs/scheduled-job.js';
import { commitChange } from '../../functions/storage/case-change.writer.js';
import { getFigures } from '../../functions/learning/figures.repository.js';
import { keys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { WriteConflict } from '../../functions/storage/store-errors.js';
import { people } from '../domain/builders.js';
import { aReport } from '../domain/follow-up/follow-up.builders.js';
import { testStore } from '../support/test-store.js';
import { ctxAt, notes, paidGrant, reload, saveFund, snapshot } from './job-story.js';

let store: Store;
const PAID = '2026-02-02T10:00:00.000Z';
const NOW = '2026-05-03T10:00:00.000Z'; // moment 1 of every case is due

/** A counsellor's report as the API sends it: read, decide, write; on a lost race, read again and retry. */
async function reportWithRetry(caseId: string, breakthrough: 'yes' | 'partly' | 'no'): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const file = await reload(store, caseId);
    const result = reportFollowUp(file, people.sanne, { moment: 1, report: aReport({ breakthrough }) }, ctxAt(NOW));
    if (!result.ok) throw new Error(result.error.message);
    try {
      await commitChange(store, result.value, file.case);
      return;
    } catch (error) {
      if (!(error instanceof WriteConflict)) throw error;
    }
  }
  throw new Error('The report lost every race.');
}

describe('concurrent reports and job runs', () => {
  let files: CaseFile[];

  beforeAll(async () => {
    store = await testStore();
    await saveFund(store);
    files = [];
    for (const ref of ['AGG-1', 'AGG-2', 'AGG-3', 'AGG-4']) files.push(await paidGrant(store, ref, PAID));
    const outcomes = ['yes', 'partly', 'no', 'yes'] as const;
    await Promise.all([
      ...files.map((f, i) => reportWithRetry(f.case.id, outcomes[i]!)),
      runScheduledJob(store, NOW),
      runScheduledJob(store, NOW),
    ]);
    await runScheduledJob(store, NOW);
  });

  it('leave the figures equal to a recomputation from the cases', async () => {
    const cases = await Promise.all(files.map(async (f) => (await reload(store, f.case.id)).case));
    expect(cases.every((c) => c.followUp!.moments[0]!.reportedAt === NOW)).toBe(true);
    const stored = await getFigures(store, 'test-fund', { from: '2026-01', to: '2027-12' });
    expect(stored).toEqual(sumFigures(cases.map(caseFigures)));
  });

  it('leave the budget equal to a recomputation from the cases', async () => {
    const cases = await Promise.all(files.map(async (f) => (await reload(store, f.case.id)).case));
    const item = (await store.db.send(new GetCommand({ TableName: store.table, Key: keys.budget('test-fund', '2026') }))).Item!;
    const recomputed = cases.map((c) => caseBudget(c)['2026']!).reduce((a, b) => ({ grantedCents: a.grantedCents + b.grantedCents, paidCents: a.paidCents + b.paidCents }));
    expect({ grantedCents: item.grantedCents, paidCents: item.paidCents }).toEqual(recomputed);
  });

  it('send a reminder at most once per case, and none for a moment reported first', async () => {
    for (const f of files) {
      const due = notes((await snapshot(store, f.case.id)).sanne, f.case.id).filter((t) => t === 'follow_up_due');
      expect(due.length).toBeLessThanOrEqual(1);
    }
  });
});
