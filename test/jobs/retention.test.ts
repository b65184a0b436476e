import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordDecision } from '../../domain/case/decision.commands.js';
import { answerQuestion, askQuestion } from '../../domain/deliberation/question.commands.js';
import { castVote, comment } from '../../domain/deliberation/vote.commands.js';
import { closeCase, reportFollowUp } from '../../domain/follow-up/follow-up.commands.js';
import { reviewLesson } from '../../domain/lessons/lesson.commands.js';
import { recordPayment } from '../../domain/payment/payment.commands.js';
import { PURGED } from '../../domain/retention/purge.js';
import { listClientCases } from '../../functions/case/case.repository.js';
import { runScheduledJob } from '../../functions/jobs/scheduled-job.js';
import { listFollowUpReports } from '../../functions/follow-up/report-list.repository.js';
import { commitLessonReview, getPendingLesson, listLibrary } from '../../functions/lessons/lesson.repository.js';
import { keys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { people } from '../domain/builders.js';
import { aReport } from '../domain/follow-up/follow-up.builders.js';
import { aVote } from '../support/fixtures.js';
import { testStore } from '../support/test-store.js';
import { at, ctxAt, inDeliberation, reload, saveFund, write } from './job-story.js';

let store: Store;
const START = '2025-01-06T09:00:00.000Z';
const CLOSED = '2026-01-20T09:00:00.000Z';
const PURGE_DUE = '2028-01-20T09:00:00.000Z'; // the fund keeps narrative text 24 months after closing
/** Written into every narrative text of the case, so the test can look for it anywhere afterwards. */
const MARK = 'Kikkerpad';

async function figures(s: Store) {
  const r = await s.db.send(new QueryCommand({ TableName: s.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.figuresPartition('test-fund') } }));
  return r.Items;
}

/** A grant told in full: a question, a comment, votes with notes, a dissent, payment, two reports, closing. */
async function closedCase() {
  let f = await inDeliberation(store, 'RET-1', START);
  f = await write(store, f, askQuestion(f, people.kees, `Woont zij nog aan het ${MARK}?`, ctxAt(at(START, 1))));
  f = await write(store, f, answerQuestion(f, people.sanne, { questionId: f.questions[0]!.id, text: `Ja, aan het ${MARK}.` }, ctxAt(at(START, 2))));
  f = await write(store, f, comment(f, people.kees, `Ik ken het ${MARK} goed.`, ctxAt(at(START, 2))));
  const noted = { ...aVote('grant', `Het ${MARK} is een goede buurt.`) };
  noted.criteria.stability.humanity = { assessment: 'met', note: `Buren aan het ${MARK} helpen.` };
  for (const member of [people.kees, people.anouk, people.ruben]) f = await write(store, f, castVote(f, member, noted, ctxAt(at(START, 3))));
  f = await write(store, f, castVote(f, people.pieter, aVote('refuse', `Niet voor het ${MARK}.`), ctxAt(at(START, 3))));
  f = await write(store, f, recordDecision(f, people.marieke, {
    outcome: 'granted', amountCents: 2_000_00, reasoning: `Toegekend voor het ${MARK}.`, dissent: `Eén lid: niet voor het ${MARK}.`,
    ruleSetAside: { rule: 'Eerst bijzondere bijstand', why: `Het ${MARK} kan niet wachten.` },
  }, ctxAt(at(START, 4))));
  const paidAt = at(START, 5);
  f = await write(store, f, recordPayment(f, people.marieke,
    { amountCents: 2_000_00, paidOn: paidAt.slice(0, 10), payee: { kind: 'landlord', reference: `Huur ${MARK} 12` } }, ctxAt(paidAt)));
  const texts = { notes: { housing: `Nog steeds aan het ${MARK}.` }, unexpected: `Het ${MARK} werd opgeknapt.`, lesson: `Betaal de verhuurder aan het ${MARK} direct, dan gaat het snel.` };
  f = await write(store, f, reportFollowUp(f, people.sanne, { moment: 1, report: aReport(texts) }, ctxAt(f.case.followUp!.moments[0]!.dueAt)));
  f = await write(store, f, reportFollowUp(f, people.sanne, { moment: 2, report: aReport({ ...texts, breakthrough: 'partly' }) }, ctxAt(f.case.followUp!.moments[1]!.dueAt)));
  return write(store, f, closeCase(f, people.marieke, {}, ctxAt(CLOSED)));
}

describe('the retention purge', () => {
  let before: Awaited<ReturnType<typeof closedCase>>;
  let figuresBefore: unknown;
  let approvedLessonId: string;

  beforeAll(async () => {
    store = await testStore();
    await saveFund(store);
    before = await closedCase();
    // The manager approves the first report's lesson, anonymised; the second one is never reviewed.
    approvedLessonId = before.case.followUp!.moments[0]!.lessonId!;
    const pending = (await getPendingLesson(store, 'test-fund', approvedLessonId))!;
    const reviewed = reviewLesson(pending, people.marieke, { approve: true, text: 'Betaal de verhuurder direct, dan gaat het snel.' }, CLOSED);
    if (reviewed.ok) await commitLessonReview(store, reviewed.value);
    figuresBefore = await figures(store);
    expect(await runScheduledJob(store, at(PURGE_DUE, -1))).toMatchObject({ changed: 0 });
    await runScheduledJob(store, PURGE_DUE);
  });

  it('replaces every narrative text of the case by a marker, in every record of the case', async () => {
    const after = await reload(store, before.case.id);
    expect(JSON.stringify(after)).not.toContain(MARK);
    expect(after.case.request).toMatchObject({ clientRef: PURGED, breakthrough: PURGED, stability: PURGED, household: { situation: PURGED } });
    expect(after.case.decision).toMatchObject({ reasoning: PURGED, dissent: PURGED, ruleSetAside: { why: PURGED } });
    expect(after.questions[0]).toMatchObject({ text: PURGED, answer: { text: PURGED } });
    expect(after.comments[0]!.text).toBe(PURGED);
    expect(after.votes.every((v) => v.rationale === PURGED && v.criteria.stability.humanity.note === undefined)).toBe(true);
    expect(after.case.followUp!.moments.every((m) => m.lesson === PURGED && m.unexpected === PURGED && m.notes?.housing === PURGED)).toBe(true);
    expect(after.case.payment!.payments[0]!.payee.reference).toBe(PURGED);
    expect(after.case.retention).toEqual({ purgeAfter: PURGE_DUE, purgedAt: PURGE_DUE });
  });

  it('keeps the figures, the positions, the outcomes, and records the purge in the history', async () => {
    const after = await reload(store, before.case.id);
    expect(after.case).toMatchObject({
      state: 'closed',
      request: { amountCents: before.case.request.amountCents, category: 'rent_arrears', household: { adults: 1, children: 2 } },
      decision: { outcome: 'granted', amountCents: 2_000_00, ruleSetAside: { rule: 'Eerst bijzondere bijstand' }, tally: before.case.decision!.tally },
      payment: { paidCents: 2_000_00, firstPaidAt: before.case.payment!.firstPaidAt },
    });
    expect(after.votes.map((v) => [v.member.userId, v.position, v.criteria.noAlternative.rules.assessment]).sort())
      .toEqual(before.votes.map((v) => [v.member.userId, v.position, v.criteria.noAlternative.rules.assessment]).sort());
    expect(after.case.followUp!.moments.map((m) => [m.breakthrough, m.domains])).toEqual(before.case.followUp!.moments.map((m) => [m.breakthrough, m.domains]));
    expect(after.history.find((h) => h.type === 'decision_recorded')?.reason).toBe('granted');
    expect(after.history.filter((h) => h.type === 'narrative_purged')).toHaveLength(1);
    expect(after.history).toHaveLength(before.history.length + 1);
    expect(await figures(store)).toEqual(figuresBefore);
  });

  it('keeps the approved lesson in the library, drops the one never reviewed, and forgets the client reference', async () => {
    const library = (await listLibrary(store, 'test-fund', {}, { limit: 100 })).items;
    expect(library.find((l) => l.id === approvedLessonId)?.text).toBe('Betaal de verhuurder direct, dan gaat het snel.');
    expect(await getPendingLesson(store, 'test-fund', before.case.followUp!.moments[1]!.lessonId!)).toBeUndefined();
    expect((await listClientCases(store, before.case, 'RET-1')).items).toEqual([]);
  });

  it("keeps both reports in the manager's list of reports, with their outcomes, and says their text was purged", async () => {
    const listed = await listFollowUpReports(store, 'test-fund', { category: 'rent_arrears' }, { limit: 100 });
    expect(JSON.stringify(listed)).not.toContain(MARK);
    expect(listed.items.map((r) => [r.caseId, r.moment, r.breakthrough, r.lesson, r.purged])).toEqual([
      [before.case.id, 2, 'partly', undefined, true],
      [before.case.id, 1, 'yes', undefined, true],
    ]);
  });

  it('is done once: a second run finds nothing left to do', async () => {
    const after = await reload(store, before.case.id);
    expect(await runScheduledJob(store, at(PURGE_DUE, 1))).toEqual({ attended: 0, changed: 0, skipped: 0 });
    expect(await reload(store, before.case.id)).toEqual(after);
  });
});
