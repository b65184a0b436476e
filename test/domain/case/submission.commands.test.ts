import { describe, expect, it } from 'vitest';
import type { Case } from '../../../domain/case/case.schema.js';
import type { DraftRequest } from '../../../domain/case/request.schema.js';
import { submit } from '../../../domain/case/submission.commands.js';
import { aRequest } from '../../support/fixtures.js';
import { ctxAt, draft, errorOf, fileIn, okValue, people } from '../builders.js';

const NOW = '2026-11-20T09:00:00.000Z';
const submitting = (request: DraftRequest, earlier: Case[] = []) => submit(draft(request), people.sanne, earlier, ctxAt(NOW));

const fieldsOf = (request: DraftRequest) => errorOf(submitting(request)).fields?.map((f) => f.field) ?? [];

describe('submitting a request', () => {
  it('submits a complete request and records when', () => {
    const change = okValue(submitting(aRequest()));
    expect(change.case.state).toBe('submitted');
    expect(change.case.submittedAt).toBe(NOW);
    expect(change.events).toMatchObject([{ type: 'submitted', from: 'draft', to: 'submitted', by: { userId: 'sanne' } }]);
  });

  it('refuses to submit without the client’s consent', () => {
    const error = errorOf(submitting(aRequest({ consent: { given: false, date: '2026-11-01' } })));
    expect(error).toMatchObject({ code: 'rule_violation', reason: 'consent_missing' });
    expect(error.fields?.[0]?.field).toBe('request.consent.given');
  });

  it('refuses to submit when the consent is not recorded at all', () => {
    expect(fieldsOf({ ...aRequest(), consent: undefined })).toContain('request.consent');
  });

  it('refuses a consent dated in the future', () => {
    const error = errorOf(submitting(aRequest({ consent: { given: true, date: '2026-12-01' } })));
    expect(error.reason).toBe('consent_in_future');
  });

  it('accepts consent given today in Amsterdam while it is still yesterday in UTC', () => {
    const file = draft(aRequest({ consent: { given: true, date: '2026-11-20' } }));
    expect(submit(file, people.sanne, [], ctxAt('2026-11-19T23:30:00.000Z')).ok).toBe(true);
  });

  it('refuses an urgent request without a hard date', () => {
    expect(fieldsOf(aRequest({ urgency: { urgent: true } }))).toEqual(['request.urgency.hardDate']);
  });

  it('accepts an urgent request with a hard date today or later', () => {
    expect(submitting(aRequest({ urgency: { urgent: true, hardDate: '2026-11-20' } })).ok).toBe(true);
    expect(submitting(aRequest({ urgency: { urgent: true, hardDate: '2026-11-27' } })).ok).toBe(true);
  });

  it('refuses an urgent request whose hard date has already passed', () => {
    const error = errorOf(submitting(aRequest({ urgency: { urgent: true, hardDate: '2026-11-19' } })));
    expect(error).toMatchObject({ code: 'rule_violation', reason: 'hard_date_passed' });
    expect(error.fields?.[0]?.field).toBe('request.urgency.hardDate');
  });

  it('refuses more than the fund’s maximum per request, and accepts exactly the maximum', () => {
    const error = errorOf(submitting(aRequest({ amountCents: 5_000_01 })));
    expect(error).toMatchObject({ code: 'rule_violation', reason: 'over_maximum' });
    expect(error.fields?.[0]?.field).toBe('request.amountCents');
    expect(error.message).toContain('5000 euro');
    expect(submitting(aRequest({ amountCents: 5_000_00 })).ok).toBe(true);
  });

  it('names every part still missing from a draft', () => {
    const fields = fieldsOf({ clientRef: 'MZ-1' });
    for (const part of ['consent', 'household', 'breakthrough', 'noAlternative', 'stability', 'urgency', 'amountCents', 'category', 'payee', 'expectedEffect', 'costOfDoingNothing'])
      expect(fields).toContain(`request.${part}`);
  });

  it('refuses a submission by anyone but the counsellor who wrote it', () => {
    const file = draft();
    expect(errorOf(submit(file, people.sem, [], ctxAt(NOW)))).toMatchObject({ code: 'forbidden', reason: 'not_owner' });
    expect(errorOf(submit(file, people.marieke, [], ctxAt(NOW))).code).toBe('forbidden');
  });
});

describe('repeat requests for the same client', () => {
  const earlierCase = (submittedAt: string, amountCents?: number): Case => {
    const file = fileIn('decided');
    return {
      ...file.case,
      id: `earlier-${submittedAt}`,
      submittedAt,
      decision: file.case.decision && { ...file.case.decision, amountCents },
    };
  };

  it('flags an earlier request inside the cap period, with its id and what was granted', () => {
    const change = okValue(submitting(aRequest(), [earlierCase('2025-06-01T10:00:00.000Z', 1_000_00)]));
    expect(change.case.repeat).toEqual({ earlierCaseIds: ['earlier-2025-06-01T10:00:00.000Z'], earlierGrantedCents: 1_000_00, capExceeded: false });
  });

  it('flags the cap as exceeded when earlier grants and this request together go over it', () => {
    const change = okValue(submitting(aRequest({ amountCents: 2_000_00 }), [earlierCase('2026-01-01T10:00:00.000Z', 3_500_00)]));
    expect(change.case.repeat?.capExceeded).toBe(true);
  });

  it('does not refuse a repeat request: the panel weighs it', () => {
    expect(submitting(aRequest(), [earlierCase('2026-01-01T10:00:00.000Z', 5_000_00)]).ok).toBe(true);
  });

  it('does not flag a request from before the cap period', () => {
    const change = okValue(submitting(aRequest(), [earlierCase('2024-11-19T10:00:00.000Z', 4_000_00)]));
    expect(change.case.repeat).toBeUndefined();
  });

  it('does not count a draft that was never submitted, nor the case itself', () => {
    const file = draft();
    const unsubmitted = { ...file.case, id: 'never-submitted' };
    const change = okValue(submit(file, people.sanne, [unsubmitted, file.case], ctxAt(NOW)));
    expect(change.case.repeat).toBeUndefined();
  });
});
