import { randomUUID } from 'node:crypto';
import { recordDecision } from '../../../domain/case/decision.commands.js';
import { createDraft } from '../../../domain/case/draft.commands.js';
import type { CaseChange, CaseFile, CommandContext } from '../../../domain/case/case-file.js';
import { openDeliberation, screen, withdraw } from '../../../domain/case/screening.commands.js';
import { submit } from '../../../domain/case/submission.commands.js';
import { answerQuestion, askQuestion } from '../../../domain/deliberation/question.commands.js';
import { castVote, comment, declareConflict } from '../../../domain/deliberation/vote.commands.js';
import { closeCase, reportFollowUp } from '../../../domain/follow-up/follow-up.commands.js';
import { recordPayment } from '../../../domain/payment/payment.commands.js';
import type { Actor } from '../../../domain/people/actor.schema.js';
import { actorOfUser } from '../../../domain/people/user.schema.js';
import type { Result } from '../../../domain/shared/result.js';
import { addHours, dayOf } from '../../../domain/shared/time.js';
import { applyChange } from '../../case/case.view.js';
import { commitChange } from '../../storage/case-change.writer.js';
import { reindexCases } from '../../storage/ensure-table.js';
import { listFollowUpReports } from '../../follow-up/report-list.repository.js';
import { listClientCases } from '../../case/case.repository.js';
import { getFund, putFund } from '../../fund/fund.repository.js';
import type { Store } from '../../storage/store.js';
import { putUser } from '../../people/user.repository.js';
import { commitLessonReview, listPendingLessons } from '../../lessons/lesson.repository.js';
import { reviewLesson } from '../../../domain/lessons/lesson.commands.js';
import { demoCases, type DemoCase, type DemoStep } from './demo-cases.js';
import { demoFunds, demoUser, demoUsers } from './demo-funds.js';
import { fundYearOf } from '../../../domain/payment/budget.js';
import { getBudgetSums } from '../../payment/budget.repository.js';

const HOURS_BETWEEN_STEPS = 3;

/**
 * Demo data seeded before reports were listed has reports but no list entries: the first demo
 * fund always has reports, so an empty list of its reports means the cases are indexed again once.
 */
async function listReportsSeededBefore(store: Store): Promise<void> {
  const listed = await listFollowUpReports(store, demoFunds[0]!.id, {}, { limit: 1 });
  if (listed.items.length === 0 && !listed.cursor) await reindexCases(store);
}

/**
 * Seeds the demo funds, users and cases once: when the first demo fund exists, nothing is written.
 * Cases are told through the same domain commands and the same transactional writer as the API.
 */
export async function seedDemo(store: Store, now: Date): Promise<'seeded' | 'already-seeded'> {
  if (await getFund(store, demoFunds[0]!.id)) {
    await listReportsSeededBefore(store);
    return 'already-seeded';
  }
  for (const user of demoUsers) await putUser(store, user);
  for (const demoCase of demoCases) await tellCase(store, demoCase, now);
  await approveDemoLessons(store, now);
  // The first fund is written last, so an interrupted seed is completed on the next start.
  for (const fund of [...demoFunds].reverse()) await putFund(store, fund, { createOnly: false });
  return 'seeded';
}

async function tellCase(store: Store, demoCase: DemoCase, now: Date): Promise<void> {
  const fund = demoFunds.find((f) => f.id === demoCase.fundId)!;
  let clock = now.getTime() - demoCase.startedDaysAgo * 86_400_000;
  const next = (): CommandContext => {
    clock += HOURS_BETWEEN_STEPS * 3_600_000;
    return { now: new Date(Math.min(clock, now.getTime())).toISOString(), newId: randomUUID, fund };
  };
  const start = new Date(clock).toISOString();
  const request = {
    ...demoCase.request,
    consent: { given: true, date: dayOf(start) },
    urgency: demoCase.hardDateInDays === undefined
      ? demoCase.request.urgency
      : { ...demoCase.request.urgency, hardDate: dayOf(addHours(now.toISOString(), demoCase.hardDateInDays * 24)) },
  };
  let file = await write(store, null, createDraft(actorOf(demoCase.counsellor), request, next()), 'create the draft');
  for (const step of demoCase.steps) {
    if (step.do === 'wait') {
      clock += step.days * 86_400_000;
      continue;
    }
    const ctx = next();
    file = await write(store, file, await act(store, file, step, ctx), step.do);
  }
}

function act(store: Store, file: CaseFile, step: Exclude<DemoStep, { do: 'wait' }>, ctx: CommandContext): Result<CaseChange> | Promise<Result<CaseChange>> {
  const actor = actorOf(step.by);
  switch (step.do) {
    case 'submit':
      return listClientCases(store, file.case, file.case.request.clientRef!).then((earlier) => submit(file, actor, earlier.items, ctx));
    case 'screen': return screen(file, actor, step.input, ctx);
    case 'open': return openDeliberation(file, actor, ctx);
    case 'vote': return castVote(file, actor, step.input, ctx);
    case 'conflict': return declareConflict(file, actor, step.reason, ctx);
    case 'ask': return askQuestion(file, actor, step.text, ctx);
    case 'answer': return answerQuestion(file, actor, { questionId: file.questions.find((q) => !q.answer)!.id, text: step.text }, ctx);
    case 'comment': return comment(file, actor, step.text, ctx);
    case 'decide':
      // As the API does: the year's granted sum, so the grant is checked against the budget.
      return getBudgetSums(store, ctx.fund.id, fundYearOf(ctx.now)).then((budget) => recordDecision(file, actor, step.input, { ...ctx, budget }));
    case 'withdraw': return withdraw(file, actor, step.reason, ctx);
    case 'pay': return recordPayment(file, actor, { ...step.input, paidOn: dayOf(ctx.now) }, ctx);
    case 'report': return reportFollowUp(file, actor, { moment: step.moment, report: step.report }, ctx);
    case 'close': return closeCase(file, actor, { reason: step.reason }, ctx);
  }
}

async function write(store: Store, file: CaseFile | null, result: Result<CaseChange>, what: string): Promise<CaseFile> {
  if (!result.ok) throw new Error(`Demo case ${file?.case.request.clientRef ?? ''}: cannot ${what}: ${result.error.message}`);
  const written = await commitChange(store, result.value, file?.case ?? null);
  const before: CaseFile = file ?? { case: result.value.case, votes: [], conflicts: [], questions: [], comments: [], history: [] };
  return applyChange(before, result.value, written);
}

const actorOf = (userId: string): Actor => actorOfUser(demoUser(userId));

/** The library starts with the demo's lessons approved, except those of partly reached breakthroughs: they wait for review. */
async function approveDemoLessons(store: Store, now: Date): Promise<void> {
  for (const fund of demoFunds) {
    // The demo's few lessons fit one page.
    for (const lesson of (await listPendingLessons(store, fund.id, { limit: 100 })).items) {
      if (lesson.breakthrough === 'partly') continue;
      const reviewed = reviewLesson(lesson, actorOf('marieke'), { approve: true }, now.toISOString());
      if (reviewed.ok) await commitLessonReview(store, reviewed.value);
    }
  }
}

