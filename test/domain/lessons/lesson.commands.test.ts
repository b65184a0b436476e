import { describe, expect, it } from 'vitest';
import { reviewLesson } from '../../../domain/lessons/lesson.commands.js';
import type { PendingLesson } from '../../../domain/lessons/lesson.schema.js';
import { errorOf, okValue, people } from '../builders.js';

const pending: PendingLesson = {
  id: 'lesson-1', fundId: 'test-fund', caseId: 'case-1', category: 'rent_arrears', side: 'granted', breakthrough: 'yes',
  monthsAfter: 3, text: 'Mevrouw Jansen had baat bij directe betaling aan de corporatie.', submittedAt: '2026-11-21T10:00:00.000Z',
};
const now = '2026-11-22T10:00:00.000Z';

describe('reviewing a lesson', () => {
  it('puts the approved lesson in the library without the case it came from, with the text the manager edited', () => {
    const { approved } = okValue(reviewLesson(pending, people.marieke, { approve: true, text: 'Directe betaling aan de corporatie hielp.' }, now));
    expect(approved).toEqual({
      id: 'lesson-1', fundId: 'test-fund', category: 'rent_arrears', side: 'granted', breakthrough: 'yes', monthsAfter: 3,
      text: 'Directe betaling aan de corporatie hielp.', approvedAt: now,
    });
  });

  it('declines without a library entry', () => {
    expect(okValue(reviewLesson(pending, people.marieke, { approve: false }, now)).approved).toBeUndefined();
  });

  it('is for the programme manager of the lesson’s fund', () => {
    expect(errorOf(reviewLesson(pending, people.sanne, { approve: true }, now)).code).toBe('forbidden');
    expect(errorOf(reviewLesson(pending, { ...people.marieke, fundId: 'other' }, { approve: true }, now)).reason).toBe('other_fund');
  });
});
