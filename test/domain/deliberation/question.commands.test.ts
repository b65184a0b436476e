import { describe, expect, it } from 'vitest';
import { openDeliberation } from '../../../domain/case/screening.commands.js';
import { answerQuestion, askQuestion } from '../../../domain/deliberation/question.commands.js';
import { aRequest } from '../../support/fixtures.js';
import { ctxAt, errorOf, fileIn, hoursAfter, okValue, people, step } from '../builders.js';

const OPENED_AT = hoursAfter(3);
const HOUR = 3_600_000;
const deadlineOf = (file: ReturnType<typeof fileIn>) => Date.parse(file.case.deliberation!.deadline);

describe('the voting window', () => {
  it('is the fund’s normal window for a normal request', () => {
    const opened = fileIn('in_deliberation');
    expect(opened.case.deliberation).toMatchObject({ openedAt: OPENED_AT, urgent: false, pausedMs: 0 });
    expect(deadlineOf(opened) - Date.parse(OPENED_AT)).toBe(168 * HOUR);
  });

  it('is the fund’s short window for an urgent request', () => {
    const screened = fileIn('screened', aRequest({ urgency: { urgent: true, hardDate: '2026-12-01', reason: 'Ontruiming gepland.' } }));
    const change = okValue(openDeliberation(screened, people.marieke, ctxAt(OPENED_AT)));
    expect(change.case.deliberation?.urgent).toBe(true);
    expect(Date.parse(change.case.deliberation!.deadline) - Date.parse(OPENED_AT)).toBe(48 * HOUR);
  });

  it('is opened by the programme manager only', () => {
    expect(errorOf(openDeliberation(fileIn('screened'), people.kees, ctxAt(OPENED_AT))).reason).toBe('not_programme_manager');
  });
});

describe('a question to the counsellor', () => {
  const deliberating = fileIn('in_deliberation');

  it('makes the case wait and pauses its clock', () => {
    const change = okValue(askQuestion(deliberating, people.kees, 'Is de huurbaas akkoord?', ctxAt(hoursAfter(10))));
    expect(change.case.state).toBe('awaiting_answer');
    expect(change.case.openQuestions).toBe(1);
    expect(change.case.deliberation?.pausedSince).toBe(hoursAfter(10));
    expect(change.question).toMatchObject({ isNew: true, record: { text: 'Is de huurbaas akkoord?', askedBy: { userId: 'kees' } } });
  });

  it('moves the deadline later by exactly the time the case waited for the answer', () => {
    const asked = step(deliberating, askQuestion(deliberating, people.kees, 'Is de huurbaas akkoord?', ctxAt(hoursAfter(10))));
    const questionId = asked.questions[0]!.id;
    const answered = step(asked, answerQuestion(asked, people.sanne, { questionId, text: 'Ja, schriftelijk.' }, ctxAt(hoursAfter(35))));
    expect(answered.case.state).toBe('in_deliberation');
    expect(deadlineOf(answered) - deadlineOf(deliberating)).toBe(25 * HOUR);
    expect(answered.case.deliberation?.pausedMs).toBe(25 * HOUR);
    expect(answered.case.deliberation?.pausedSince).toBeUndefined();
    expect(answered.questions[0]?.answer).toMatchObject({ text: 'Ja, schriftelijk.', by: { userId: 'sanne' }, at: hoursAfter(35) });
  });

  it('keeps the clock paused from the first question until the last one is answered', () => {
    let file = step(deliberating, askQuestion(deliberating, people.kees, 'Vraag een?', ctxAt(hoursAfter(10))));
    file = step(file, askQuestion(file, people.marieke, 'Vraag twee?', ctxAt(hoursAfter(12))));
    const [first, second] = file.questions;
    file = step(file, answerQuestion(file, people.sanne, { questionId: first!.id, text: 'Antwoord een.' }, ctxAt(hoursAfter(20))));
    expect(file.case.state).toBe('awaiting_answer');
    expect(file.case.deliberation?.deadline).toBe(deliberating.case.deliberation?.deadline);
    file = step(file, answerQuestion(file, people.sanne, { questionId: second!.id, text: 'Antwoord twee.' }, ctxAt(hoursAfter(30))));
    expect(file.case.state).toBe('in_deliberation');
    expect(deadlineOf(file) - deadlineOf(deliberating)).toBe(20 * HOUR);
  });

  it('adds up every pause', () => {
    let file = step(deliberating, askQuestion(deliberating, people.kees, 'Vraag een?', ctxAt(hoursAfter(10))));
    file = step(file, answerQuestion(file, people.sanne, { questionId: file.questions[0]!.id, text: 'Antwoord een.' }, ctxAt(hoursAfter(12))));
    file = step(file, askQuestion(file, people.kees, 'Vraag twee?', ctxAt(hoursAfter(20))));
    file = step(file, answerQuestion(file, people.sanne, { questionId: file.questions[1]!.id, text: 'Antwoord twee.' }, ctxAt(hoursAfter(25))));
    expect(file.case.deliberation?.pausedMs).toBe(7 * HOUR);
    expect(deadlineOf(file) - deadlineOf(deliberating)).toBe(7 * HOUR);
  });

  it('is answered by the counsellor who wrote the request, once', () => {
    const asked = step(deliberating, askQuestion(deliberating, people.kees, 'Is de huurbaas akkoord?', ctxAt(hoursAfter(10))));
    const questionId = asked.questions[0]!.id;
    expect(errorOf(answerQuestion(asked, people.sem, { questionId, text: 'Ja.' }, ctxAt(hoursAfter(11)))).reason).toBe('not_owner');
    expect(errorOf(answerQuestion(asked, people.sanne, { questionId: 'other', text: 'Ja.' }, ctxAt(hoursAfter(11)))).code).toBe('not_found');
    const answered = step(asked, answerQuestion(asked, people.sanne, { questionId, text: 'Ja.' }, ctxAt(hoursAfter(11))));
    const again = step(answered, askQuestion(answered, people.kees, 'Nog een?', ctxAt(hoursAfter(12))));
    expect(errorOf(answerQuestion(again, people.sanne, { questionId, text: 'Nogmaals ja.' }, ctxAt(hoursAfter(13)))).reason).toBe('already_answered');
  });

  it('is not asked by a member of the counsellor’s own organisation, nor by the counsellor', () => {
    expect(errorOf(askQuestion(deliberating, people.mila, 'Vraag?', ctxAt(hoursAfter(10)))).reason).toBe('own_organisation');
    expect(errorOf(askQuestion(deliberating, people.sanne, 'Vraag?', ctxAt(hoursAfter(10)))).code).toBe('forbidden');
  });
});
