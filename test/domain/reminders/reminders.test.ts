import { describe, expect, it } from 'vitest';
import { reportFollowUp } from '../../../domain/follow-up/follow-up.commands.js';
import { attendToCase } from '../../../domain/reminders/attend.commands.js';
import { nextDueAt, pendingWork, workDue } from '../../../domain/reminders/reminders.js';
import { ctxAt, fileIn, people, step } from '../builders.js';
import { DUE_1, DUE_2, aReport, inFollowUp } from '../follow-up/follow-up.builders.js';

const days = (iso: string, n: number) => new Date(Date.parse(iso) + n * 86_400_000).toISOString();

describe('what is due on a case', () => {
  it('is a reminder to vote when a quarter of the voting window is left, then the deadline, while the panel deliberates', () => {
    const file = fileIn('in_deliberation');
    const { openedAt, deadline } = file.case.deliberation!;
    expect(Date.parse(deadline) - Date.parse(openedAt)).toBe(168 * 3_600_000);
    expect(pendingWork(file.case).map((w) => [w.kind, w.at])).toEqual([
      ['voting_deadline_near', new Date(Date.parse(deadline) - 42 * 3_600_000).toISOString()],
      ['voting_deadline_passed', deadline],
    ]);
  });

  it('is a reminder five days after a question, while the case waits for the answer', () => {
    const file = fileIn('awaiting_answer');
    expect(pendingWork(file.case).map((w) => [w.kind, w.at])).toEqual([['question_unanswered', days(file.case.deliberation!.pausedSince!, 5)]]);
  });

  it('is each unreported moment on its due date, and again 30 days later as overdue', () => {
    expect(pendingWork(inFollowUp().case).map((w) => [w.kind, w.at])).toEqual([
      ['follow_up_due', DUE_1], ['follow_up_overdue', days(DUE_1, 30)], ['follow_up_due', DUE_2], ['follow_up_overdue', days(DUE_2, 30)],
    ]);
  });

  it('is closing 14 days after the final report', () => {
    const first = step(inFollowUp(), reportFollowUp(inFollowUp(), people.sanne, { moment: 1, report: aReport() }, ctxAt(DUE_1)));
    const both = step(first, reportFollowUp(first, people.sanne, { moment: 2, report: aReport() }, ctxAt(DUE_2)));
    expect(pendingWork(both.case)).toEqual([{ kind: 'auto_close', key: 'auto_close', at: days(DUE_2, 14) }]);
  });

  it('is the start of the retention period for a request withdrawn or screened out', () => {
    const withdrawn = fileIn('withdrawn').case;
    expect(pendingWork(withdrawn)).toEqual([{ kind: 'start_retention', key: 'start_retention', at: withdrawn.withdrawal!.at }]);
    expect(pendingWork(fileIn('screened_out').case).map((w) => w.kind)).toEqual(['start_retention']);
  });

  it('is nothing while a grant waits for its payment, nor once a case is purged', () => {
    expect(nextDueAt(fileIn('decided').case)).toBeUndefined();
    const withdrawn = fileIn('withdrawn').case;
    expect(nextDueAt({ ...withdrawn, retention: { purgeAfter: '2028-11-20T10:00:00.000Z', purgedAt: '2028-11-20T10:00:00.000Z' } })).toBeUndefined();
  });
});

describe('attending to a case', () => {
  it('sends each due reminder once: the case remembers it and the next moment becomes due', () => {
    const file = inFollowUp();
    const change = attendToCase(file, ctxAt(days(DUE_1, 31)))!;
    expect(change.events.map((e) => [e.type, e.moment, e.by.userId])).toEqual([
      ['follow_up_due', 1, 'scheduler'], ['follow_up_overdue', 1, 'scheduler'],
    ]);
    expect(change.case.version).toBe(file.case.version + 1);
    const after = step(file, { ok: true, value: change });
    expect(workDue(after.case, days(DUE_1, 31))).toEqual([]);
    expect(attendToCase(after, ctxAt(days(DUE_1, 31)))).toBeNull();
    expect(nextDueAt(after.case)).toBe(DUE_2);
  });

  it('sends a new deadline reminder when the deadline moved after a question was answered', () => {
    const file = fileIn('in_deliberation');
    const deadline = file.case.deliberation!.deadline;
    const reminded = step(file, { ok: true, value: attendToCase(file, ctxAt(deadline))! });
    const moved = { ...reminded, case: { ...reminded.case, deliberation: { ...reminded.case.deliberation!, deadline: days(deadline, 2) } } };
    expect(pendingWork(moved.case).map((w) => w.kind)).toEqual(['voting_deadline_near', 'voting_deadline_passed']);
  });
});
