import type { Case } from '../case/case.schema.js';
import type { CaseEventType } from '../case/case-event.schema.js';
import { AUTO_CLOSE_AFTER_DAYS, OVERDUE_AFTER_DAYS, addDays, finalReportAt, isReported, momentsOf } from '../follow-up/schedule.js';

/** A question the counsellor has not answered in this many days is brought to their and the manager's attention. */
export const QUESTION_REMINDER_DAYS = 5;

/** The voting reminder goes when this share of the voting window is left: 42 hours of a week, 12 of an urgent 48. */
export const VOTING_REMINDER_SHARE_LEFT = 0.25;

export type ReminderKind = Extract<
  CaseEventType,
  'voting_deadline_near' | 'voting_deadline_passed' | 'question_unanswered' | 'follow_up_due' | 'follow_up_overdue'
>;

/** Something the scheduled job does on a case when its time comes. */
export type DueWork =
  | { kind: ReminderKind; key: string; at: string; moment?: number }
  | { kind: 'auto_close'; key: 'auto_close'; at: string }
  | { kind: 'purge'; key: 'purge'; at: string }
  /** A request withdrawn or screened out ends without closing: its retention period starts when it ended. */
  | { kind: 'start_retention'; key: 'start_retention'; at: string };

/**
 * Everything still to be done on a case by the job, with when: reminders not sent yet (the key
 * says what a reminder was about, so a moved deadline gets its own), closing after the final report,
 * and the retention purge. Follows from the case alone, so the due index is kept on every write.
 */
export function pendingWork(kase: Case): DueWork[] {
  // A draft waits for its counsellor; only its retention runs.
  if (kase.state === 'draft') return kase.retention ? [{ kind: 'purge', key: 'purge', at: kase.retention.purgeAfter }] : [];
  const sent = kase.reminders ?? {};
  const work: DueWork[] = [];
  const remind = (kind: ReminderKind, key: string, at: string, moment?: number) => {
    if (!(key in sent)) work.push({ kind, key, at, ...(moment ? { moment } : {}) });
  };
  const d = kase.deliberation;
  if (kase.state === 'in_deliberation' && d) {
    remind('voting_deadline_near', `deadline-near:${d.deadline}`, votingReminderAt(d));
    remind('voting_deadline_passed', `deadline:${d.deadline}`, d.deadline);
  }
  if (kase.state === 'awaiting_answer' && d?.pausedSince)
    remind('question_unanswered', `question:${d.pausedSince}`, addDays(d.pausedSince, QUESTION_REMINDER_DAYS));
  if (kase.state === 'follow_up') {
    momentsOf(kase).forEach((m, i) => {
      if (isReported(m)) return;
      remind('follow_up_due', `moment:${i + 1}:due`, m.dueAt, i + 1);
      remind('follow_up_overdue', `moment:${i + 1}:overdue`, addDays(m.dueAt, OVERDUE_AFTER_DAYS), i + 1);
    });
    const final = finalReportAt(kase);
    if (final) work.push({ kind: 'auto_close', key: 'auto_close', at: addDays(final, AUTO_CLOSE_AFTER_DAYS) });
  }
  const ended = endedAt(kase);
  if (ended && !kase.retention) work.push({ kind: 'start_retention', key: 'start_retention', at: ended });
  if (kase.retention && !kase.retention.purgedAt) work.push({ kind: 'purge', key: 'purge', at: kase.retention.purgeAfter });
  return work.sort((a, b) => a.at.localeCompare(b.at));
}

/** When the last part of the voting window starts: the window is the deadline less the opening and the time paused. */
export function votingReminderAt(d: Pick<NonNullable<Case['deliberation']>, 'openedAt' | 'deadline' | 'pausedMs'>): string {
  const end = Date.parse(d.deadline);
  const window = end - Date.parse(d.openedAt) - d.pausedMs;
  return new Date(end - Math.max(0, window) * VOTING_REMINDER_SHARE_LEFT).toISOString();
}

/** When a request ended without a decision: withdrawn, or screened out. */
export function endedAt(kase: Case): string | undefined {
  if (kase.state === 'withdrawn') return kase.withdrawal?.at;
  if (kase.state === 'screened_out') return kase.screening?.at;
  return undefined;
}

/** The earliest moment the job has something to do on this case, or undefined when nothing is left. */
export const nextDueAt = (kase: Case): string | undefined => pendingWork(kase)[0]?.at;

/** The work whose time has come. */
export const workDue = (kase: Case, now: string): DueWork[] => pendingWork(kase).filter((w) => w.at <= now);
