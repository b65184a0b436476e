import { beforeAll, describe, expect, it } from 'vitest';
import { askQuestion } from '../../domain/deliberation/question.commands.js';
import { reportFollowUp } from '../../domain/follow-up/follow-up.commands.js';
import { runScheduledJob } from '../../functions/jobs/scheduled-job.js';
import { keys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { people } from '../domain/builders.js';
import { aReport } from '../domain/follow-up/follow-up.builders.js';
import { testStore } from '../support/test-store.js';
import { at, ctxAt, inDeliberation, notes, paidGrant, reload, saveFund, snapshot, write } from './job-story.js';

let store: Store;
beforeAll(async () => {
  store = await testStore();
  await saveFund(store);
});

const PAID = '2026-01-10T10:00:00.000Z';
const DUE_1 = '2026-04-10T10:00:00.000Z';

describe('the scheduled job', () => {
  it('tells the counsellor a follow-up is due, once: a second run changes nothing', async () => {
    const { case: kase } = await paidGrant(store, 'JOB-1', PAID);
    expect(await runScheduledJob(store, at(DUE_1, -1))).toMatchObject({ changed: 0 });

    const first = await runScheduledJob(store, at(DUE_1, 1));
    expect(first.changed).toBeGreaterThanOrEqual(1);
    const after = await snapshot(store, kase.id);
    expect(notes(after.sanne, kase.id)).toEqual(['decision', 'follow_up_due', 'payment_recorded']);
    expect((await reload(store, kase.id)).history.map((h) => h.type)).toContain('follow_up_due');

    expect(await runScheduledJob(store, at(DUE_1, 1))).toEqual({ attended: 0, changed: 0, skipped: 0 });
    expect(await snapshot(store, kase.id)).toEqual(after);
  });

  it('leaves the same items when two runs race: the version guard lets one write', async () => {
    const { case: kase } = await paidGrant(store, 'JOB-2', PAID);
    const now = at(DUE_1, 31);
    const reports = await Promise.all([runScheduledJob(store, now), runScheduledJob(store, now)]);
    const after = await snapshot(store, kase.id);
    expect(notes(after.sanne, kase.id)).toEqual(['decision', 'follow_up_due', 'follow_up_overdue', 'payment_recorded']);
    expect(notes(after.managers, kase.id)).toEqual(['case_submitted', 'follow_up_overdue']);
    expect(reports.reduce((n, r) => n + r.changed, 0)).toBeGreaterThanOrEqual(1);
    await runScheduledJob(store, now);
    expect(await snapshot(store, kase.id)).toEqual(after);
  });

  it('tells the managers a voting deadline has passed, and the counsellor of a question unanswered for five days', async () => {
    const opened = '2026-03-01T10:00:00.000Z';
    const voting = await inDeliberation(store, 'JOB-3', opened);
    await runScheduledJob(store, at(opened, 8)); // the normal window is 168 hours
    expect(notes((await snapshot(store, voting.case.id)).managers, voting.case.id)).toEqual(['case_submitted', 'voting_deadline_passed']);

    const waiting = await inDeliberation(store, 'JOB-4', opened);
    await write(store, waiting, askQuestion(waiting, people.kees, 'Is de huurbaas akkoord?', ctxAt(at(opened, 1))));
    await runScheduledJob(store, at(opened, 5));
    expect(notes((await snapshot(store, waiting.case.id)).sanne, waiting.case.id)).toEqual(['question_for_you']);
    await runScheduledJob(store, at(opened, 6));
    expect(notes((await snapshot(store, waiting.case.id)).sanne, waiting.case.id)).toEqual(['question_for_you', 'question_unanswered']);
  });

  it('closes a case by itself 14 days after the final report, unless the manager did', async () => {
    let file = await paidGrant(store, 'JOB-5', PAID);
    file = await write(store, file, reportFollowUp(file, people.sanne, { moment: 1, report: aReport() }, ctxAt(DUE_1)));
    const final = '2027-01-10T10:00:00.000Z';
    await write(store, file, reportFollowUp(file, people.sanne, { moment: 2, report: aReport() }, ctxAt(final)));
    await runScheduledJob(store, at(final, 13));
    expect((await reload(store, file.case.id)).case.state).toBe('follow_up');
    await runScheduledJob(store, at(final, 14));
    const closed = await reload(store, file.case.id);
    expect(closed.case).toMatchObject({ state: 'closed', closure: { automatic: true, by: { userId: 'scheduler' } } });
    expect(closed.case.retention?.purgeAfter).toBe(at(final, 14).replace('2027-01-24', '2029-01-24'));
  });

  it('keeps a case in the due index only while something is due on it', async () => {
    const { QueryCommand } = await import('@aws-sdk/lib-dynamodb');
    const file = await paidGrant(store, 'JOB-6', PAID);
    const byDue = async () => (await store.db.send(new QueryCommand({
      TableName: store.table, IndexName: 'byDue', KeyConditionExpression: 'GSI5PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.due('test-fund') },
    }))).Items!.filter((i) => i.id === file.case.id).map((i) => String(i.GSI5SK).split('#')[0]);
    expect(await byDue()).toEqual([DUE_1]);
    await runScheduledJob(store, at(DUE_1, 1));
    expect(await byDue()).toEqual([at(DUE_1, 30)]);
  });
});
