import type { CaseChange, CaseFile, CommandContext } from '../case/case-file.js';
import { move } from '../case/transition.js';
import type { PendingLesson } from '../lessons/lesson.schema.js';
import { refOf, type Actor } from '../people/actor.schema.js';
import { guard } from '../policies/case.policy.js';
import { forbidden, notFoundError, ok, ruleViolation, type Result } from '../shared/result.js';
import { addMonths, dayOf } from '../shared/time.js';
import type { FollowUpMoment, FollowUpReport } from './follow-up.schema.js';
import { REPORT_OPENS_DAYS_BEFORE, addDays, isReported, momentsOf } from './schedule.js';

/**
 * The counsellor reports on a follow-up moment on the fixed form, or its author corrects the report
 * until the next moment is due (the final one until the case is closed). Moments are reported in
 * order; each opens some days before it is due. The lesson goes to the manager's review queue.
 */
export function reportFollowUp(
  file: CaseFile,
  actor: Actor,
  input: { moment: number; report: FollowUpReport },
  ctx: CommandContext,
): Result<CaseChange> {
  const allowed = guard('reportFollowUp', file, actor);
  if (!allowed.ok) return allowed;
  const moments = momentsOf(file.case);
  const index = input.moment - 1;
  const moment = moments[index];
  if (!moment) return notFoundError('no_such_moment', `This case has ${moments.length} follow-up moments.`, 'moment', { moments: moments.length });
  const problem = (isReported(moment) ? correctionRule(moments, index, actor, ctx) : reportRule(moments, index, ctx)) ?? agreementsRule(file, input.report);
  if (problem) return problem;

  const correcting = isReported(moment);
  const reported: FollowUpMoment = {
    ...moment,
    ...input.report,
    reportedAt: moment.reportedAt ?? ctx.now,
    reportedBy: moment.reportedBy ?? refOf(actor),
    ...(correcting ? { correctedAt: ctx.now } : {}),
    lessonId: moment.lessonId ?? ctx.newId(),
  };
  const followUp = { ...file.case.followUp!, moments: moments.map((m, i) => (i === index ? reported : m)) };
  const change = move(file, actor, ctx, 'reportFollowUp', {
    event: correcting ? 'follow_up_corrected' : 'follow_up_reported',
    patch: { followUp },
  });
  const lesson = lessonOf(file, reported, ctx);
  const unpublish = correcting ? { category: lesson.category, breakthrough: moment.breakthrough! } : undefined;
  return ok({
    ...change,
    events: change.events.map((e) => ({ ...e, moment: input.moment })),
    lesson: { record: lesson, ...(unpublish ? { unpublish } : {}) },
  });
}

function reportRule(moments: FollowUpMoment[], index: number, ctx: CommandContext) {
  const earlierOpen = moments.findIndex((m, i) => i < index && !isReported(m));
  if (earlierOpen >= 0) return ruleViolation('earlier_moment_open', `Report moment ${earlierOpen + 1} first.`, 'moment', { moment: earlierOpen + 1 });
  const opens = addDays(moments[index]!.dueAt, -REPORT_OPENS_DAYS_BEFORE);
  if (ctx.now < opens) return ruleViolation('not_yet_open', `This moment can be reported from ${dayOf(opens)}.`, 'moment', { opensOn: dayOf(opens) });
  return null;
}

/** A grant made on agreements for afterwards asks at every follow-up whether they were kept. */
function agreementsRule(file: CaseFile, report: FollowUpReport) {
  if (file.case.decision?.agreements && report.agreementsKept === undefined)
    return ruleViolation('agreements_kept_needed', 'Say whether the agreements of the grant were kept.', 'agreementsKept');
  return null;
}

function correctionRule(moments: FollowUpMoment[], index: number, actor: Actor, ctx: CommandContext) {
  if (moments[index]!.reportedBy?.userId !== actor.userId) return forbidden('not_author', 'Only the author of a report may correct it.');
  const next = moments[index + 1];
  if (next && ctx.now >= next.dueAt)
    return ruleViolation('correction_closed', `A report can be corrected until the next moment is due (${dayOf(next.dueAt)}).`, 'moment', { untilOn: dayOf(next.dueAt) });
  return null;
}

/** The lesson as the manager will review it: the case's category and outcome, never its client or amount. */
function lessonOf(file: CaseFile, moment: FollowUpMoment, ctx: CommandContext): PendingLesson {
  return {
    id: moment.lessonId!,
    fundId: file.case.fundId,
    caseId: file.case.id,
    category: file.case.request.category ?? 'other',
    side: file.case.decision?.outcome === 'refused' ? 'refused' : 'granted',
    breakthrough: moment.breakthrough!,
    monthsAfter: moment.monthsAfter,
    text: moment.lesson!,
    submittedAt: ctx.now,
  };
}

/**
 * The programme manager closes a case after its follow-up. Before every moment is reported that
 * takes a reason (the client moved away, the counsellor cannot reach them). The retention period
 * starts now.
 */
export function closeCase(file: CaseFile, actor: Actor, input: { reason?: string | undefined }, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('closeCase', file, actor);
  if (!allowed.ok) return allowed;
  const open = momentsOf(file.case).findIndex((m) => !isReported(m));
  if (open >= 0 && !input.reason)
    return ruleViolation('follow_up_open', `Moment ${open + 1} is not reported yet: give a reason to close the case anyway.`, 'reason', { moment: open + 1 });
  return ok(closed(file, actor, ctx, { automatic: false, reason: input.reason }));
}

/** Closing, by the manager or by the scheduled job after the final report. */
export function closed(file: CaseFile, actor: Actor, ctx: CommandContext, how: { automatic: boolean; reason?: string | undefined }): CaseChange {
  return move(file, actor, ctx, 'closeCase', {
    event: 'case_closed',
    patch: {
      closedAt: ctx.now,
      closure: { by: refOf(actor), automatic: how.automatic, ...(how.reason ? { reason: how.reason } : {}) },
      retention: { purgeAfter: addMonths(ctx.now, ctx.fund.settings.retentionMonths) },
    },
    reason: how.reason ?? (how.automatic ? 'automatic, after the final report' : undefined),
  });
}
