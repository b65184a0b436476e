import { describe, expect, it } from 'vitest';
import { closeCase, reportFollowUp } from '../../../domain/follow-up/follow-up.commands.js';
import { handOver } from '../../../domain/follow-up/handover.commands.js';
import { followUpSchedule } from '../../../domain/follow-up/schedule.js';
import type { User } from '../../../domain/people/user.schema.js';
import { ctxAt, errorOf, fileIn, okValue, people, step } from '../builders.js';
import { recordPayment } from '../../../domain/payment/payment.commands.js';
import { DUE_1, DUE_2, PAID_AT, aReport, inFollowUp } from './follow-up.builders.js';

const report = (moment: number, at: string, by = people.sanne, overrides = {}) => (file: ReturnType<typeof inFollowUp>) =>
  reportFollowUp(file, by, { moment, report: aReport(overrides) }, ctxAt(at));

describe('the follow-up schedule', () => {
  it('puts the moments at the fund’s offsets in months, in order, once each', () => {
    expect(followUpSchedule('2026-01-31T12:00:00.000Z', [12, 3, 3]).moments).toEqual([
      // 31 January + 3 months is the last day of April, not 1 May (date-fns clamps to the month's end).
      { monthsAfter: 3, dueAt: '2026-04-30T12:00:00.000Z' },
      { monthsAfter: 12, dueAt: '2027-01-31T12:00:00.000Z' },
    ]);
  });
});

describe('a follow-up report', () => {
  const file = inFollowUp();

  it('records the fixed form on the moment, and sends its lesson to the manager’s review without client or amount', () => {
    const change = okValue(report(1, DUE_1)(file));
    const moment = change.case.followUp!.moments[0]!;
    expect(moment).toMatchObject({ reportedAt: DUE_1, reportedBy: { userId: 'sanne' }, breakthrough: 'yes', domains: { housing: 'better' } });
    expect(change.case.state).toBe('follow_up');
    expect(change.events).toMatchObject([{ type: 'follow_up_reported', moment: 1 }]);
    expect(change.lesson?.record).toMatchObject({ category: 'rent_arrears', side: 'granted', breakthrough: 'yes', monthsAfter: 3 });
    expect(JSON.stringify(change.lesson?.record)).not.toMatch(/TEST-0001|200000/);
    expect(change.lesson?.unpublish).toBeUndefined();
  });

  it('opens 30 days before the moment is due, not earlier', () => {
    expect(errorOf(report(1, '2027-01-21T09:00:00.000Z')(file))).toMatchObject({ reason: 'not_yet_open', fields: [{ field: 'moment' }] });
    expect(report(1, '2027-01-22T10:00:00.000Z')(file).ok).toBe(true);
  });

  it('takes the moments in order', () => {
    expect(errorOf(report(2, DUE_2)(file)).reason).toBe('earlier_moment_open');
  });

  it('is written by the case’s counsellor only', () => {
    expect(errorOf(report(1, DUE_1, people.sem)(file)).reason).toBe('not_owner');
  });

  it('names a moment the case does not have', () => {
    expect(errorOf(report(3, DUE_1)(file))).toMatchObject({ code: 'not_found', fields: [{ field: 'moment' }] });
  });
});

describe('a report on a grant made on agreements for afterwards', () => {
  const decided = fileIn('decided');
  const agreed = { ...decided, case: { ...decided.case, decision: { ...decided.case.decision!, outcome: 'granted_with_conditions' as const, agreements: 'Budgetcoaching gedurende twaalf maanden.' } } };
  const file = step(agreed, recordPayment(agreed, people.marieke,
    { amountCents: 2_000_00, paidOn: '2026-11-21', payee: { kind: 'landlord', reference: 'Contract 12-B' } }, ctxAt(PAID_AT)));

  it('says whether the agreements were kept, and is refused at that field without it', () => {
    expect(errorOf(report(1, DUE_1)(file))).toMatchObject({ reason: 'agreements_kept_needed', fields: [{ field: 'agreementsKept' }] });
    const change = okValue(report(1, DUE_1, people.sanne, { agreementsKept: 'partly' })(file));
    expect(change.case.followUp!.moments[0]).toMatchObject({ agreementsKept: 'partly' });
  });

  it('is not asked of a grant without agreements', () => {
    expect(report(1, DUE_1)(inFollowUp()).ok).toBe(true);
  });
});

describe('correcting a report', () => {
  const reported = step(inFollowUp(), report(1, DUE_1)(inFollowUp()));

  it('is open to its author until the next moment is due, and takes the lesson back out of the library', () => {
    const corrected = okValue(report(1, '2027-06-01T10:00:00.000Z', people.sanne, { breakthrough: 'partly' })(reported));
    const moment = corrected.case.followUp!.moments[0]!;
    expect(moment).toMatchObject({ reportedAt: DUE_1, correctedAt: '2027-06-01T10:00:00.000Z', breakthrough: 'partly' });
    expect(corrected.events[0]?.type).toBe('follow_up_corrected');
    expect(corrected.lesson?.record.id).toBe(reported.case.followUp!.moments[0]!.lessonId);
    expect(corrected.lesson?.unpublish).toEqual({ category: 'rent_arrears', breakthrough: 'yes' });
  });

  it('is closed once the next moment is due', () => {
    expect(errorOf(report(1, DUE_2)(reported))).toMatchObject({ reason: 'correction_closed', fields: [{ field: 'moment' }] });
  });

  it('is for the author only, also after a handover', () => {
    const sem: User = { ...people.sem, disabled: false };
    const handed = step(reported, handOver(reported, people.sanne, { toUserId: 'sem' }, sem, ctxAt('2027-03-01T10:00:00.000Z')));
    expect(errorOf(report(1, '2027-03-02T10:00:00.000Z', people.sem)(handed)).reason).toBe('not_author');
    expect(report(2, DUE_2, people.sem)(handed).ok).toBe(true);
  });
});

describe('closing a case', () => {
  const first = step(inFollowUp(), report(1, DUE_1)(inFollowUp()));
  const both = step(first, report(2, DUE_2)(first));

  it('closes after the last report and starts the retention period', () => {
    const change = okValue(closeCase(both, people.marieke, {}, ctxAt('2027-12-01T10:00:00.000Z')));
    expect(change.case).toMatchObject({
      state: 'closed', closedAt: '2027-12-01T10:00:00.000Z', closure: { automatic: false, by: { userId: 'marieke' } },
      retention: { purgeAfter: '2029-12-01T10:00:00.000Z' },
    });
  });

  it('needs a reason while a moment is not reported', () => {
    expect(errorOf(closeCase(first, people.marieke, {}, ctxAt(DUE_2)))).toMatchObject({ reason: 'follow_up_open', fields: [{ field: 'reason' }] });
    expect(closeCase(first, people.marieke, { reason: 'Cliënt is verhuisd naar een andere gemeente.' }, ctxAt(DUE_2)).ok).toBe(true);
  });

  it('is for the programme manager', () => {
    expect(errorOf(closeCase(both, people.sanne, {}, ctxAt(DUE_2))).reason).toBe('not_programme_manager');
  });
});

describe('handing a case over', () => {
  const file = inFollowUp();
  const colleague = (overrides: Partial<User> = {}): User => ({ ...people.sem, disabled: false, ...overrides });

  it('makes the colleague the case’s counsellor, by the author or the manager', () => {
    const change = okValue(handOver(file, people.sanne, { toUserId: 'sem' }, colleague(), ctxAt(DUE_1)));
    expect(change.case.counsellor).toEqual({ userId: 'sem', name: 'Sem', role: 'counsellor' });
    expect(change.case.state).toBe('follow_up');
    expect(change.events).toMatchObject([{ type: 'handed_over', by: { userId: 'sanne' } }]);
    expect(handOver(file, people.marieke, { toUserId: 'sem' }, colleague(), ctxAt(DUE_1)).ok).toBe(true);
  });

  it('goes only to an active counsellor of the same organisation', () => {
    const refused = (user: User | undefined) => errorOf(handOver(file, people.sanne, { toUserId: 'x' }, user, ctxAt(DUE_1)));
    expect(refused(undefined)).toMatchObject({ reason: 'not_a_colleague', fields: [{ field: 'toUserId' }] });
    expect(refused({ ...people.youssef, disabled: false }).reason).toBe('not_a_colleague');
    expect(refused(colleague({ disabled: true })).reason).toBe('not_a_colleague');
    expect(refused({ ...people.mila, disabled: false }).reason).toBe('not_a_colleague');
  });

  it('is not for a colleague who is not the author, nor for a closed or withdrawn case', () => {
    expect(errorOf(handOver(file, people.sem, { toUserId: 'sem' }, colleague(), ctxAt(DUE_1))).reason).toBe('not_owner');
    expect(errorOf(handOver(fileIn('withdrawn'), people.sanne, { toUserId: 'sem' }, colleague(), ctxAt(DUE_1))).code).toBe('invalid_transition');
  });
});
