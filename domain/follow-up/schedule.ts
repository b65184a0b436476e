import type { Case } from '../case/case.schema.js';
import type { CaseChange, CommandContext } from '../case/case-file.js';
import { moveOn } from '../case/transition.js';
import type { Actor } from '../people/actor.schema.js';
import { addMonths } from '../shared/time.js';
import type { FollowUp, FollowUpMoment } from './follow-up.schema.js';

/** A report of a moment opens this many days before it is due, so a counsellor who knows early can say so. */
export const REPORT_OPENS_DAYS_BEFORE = 30;
/** A moment not reported this many days after it was due is overdue: the manager is told. */
export const OVERDUE_AFTER_DAYS = 30;
/** After the final report the case closes by itself this many days later, unless the manager closed it sooner. */
export const AUTO_CLOSE_AFTER_DAYS = 14;

const DAY_MS = 86_400_000;
export const addDays = (iso: string, days: number): string => new Date(Date.parse(iso) + days * DAY_MS).toISOString();

/** The fund's follow-up moments, counted from the decision (refusal) or the completed payment (grant). */
export function followUpSchedule(startedAt: string, followUpMonths: number[]): FollowUp {
  const months = [...new Set(followUpMonths)].sort((a, b) => a - b);
  return { startedAt, moments: months.map((monthsAfter) => ({ monthsAfter, dueAt: addMonths(startedAt, monthsAfter) })) };
}

/** Moves a case on to follow-up straight after the decision (a refusal) or payment (completing a grant) that ended it. */
export function startFollowUp(change: CaseChange, actor: Actor, ctx: CommandContext, action: 'recordDecision' | 'recordPayment'): CaseChange {
  return moveOn(change, actor, ctx, action, {
    to: 'follow_up',
    event: 'follow_up_started',
    patch: { followUp: followUpSchedule(ctx.now, ctx.fund.settings.followUpMonths) },
  });
}

export const isReported = (m: FollowUpMoment): boolean => m.reportedAt !== undefined;

export const momentsOf = (kase: Case): FollowUpMoment[] => kase.followUp?.moments ?? [];

/** When the earliest moment not yet reported is due: where the case stands in the follow-up queue. */
export const firstOpenDueAt = (kase: Case): string | undefined => momentsOf(kase).find((m) => !isReported(m))?.dueAt;

/** When the final report was made, once every moment is reported. */
export function finalReportAt(kase: Case): string | undefined {
  const moments = momentsOf(kase);
  if (moments.length === 0 || !moments.every(isReported)) return undefined;
  return moments.map((m) => m.reportedAt!).sort().at(-1);
}

/** Moments due and not reported by `now`, and how many of those are overdue. */
export function openMoments(kase: Case, now: string): { due: number[]; overdue: number[] } {
  const due: number[] = [];
  const overdue: number[] = [];
  momentsOf(kase).forEach((m, i) => {
    if (isReported(m) || m.dueAt > now) return;
    due.push(i + 1);
    if (addDays(m.dueAt, OVERDUE_AFTER_DAYS) <= now) overdue.push(i + 1);
  });
  return { due, overdue };
}
