import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../../domain/case/case.schema.js';
import { caseFigures, figuresDelta, sumFigures } from '../../../domain/learning/figures.js';
import { learningPicture } from '../../../domain/learning/learning-picture.js';
import { learningPictureCsv } from '../../../domain/learning/learning-picture.csv.js';
import { demoFunds } from '../../../functions/local/demo/demo-funds.js';

const settings = demoFunds[0]!.settings;
const ref = { userId: 'u', name: 'U', role: 'programme_manager' as const };

const submitted: Case = {
  id: 'c1', fundId: 'f', organisationId: 'o', counsellor: { ...ref, role: 'counsellor' }, state: 'submitted', version: 2,
  createdAt: '2026-03-02T10:00:00.000Z', updatedAt: '2026-03-03T10:00:00.000Z', submittedAt: '2026-03-03T10:00:00.000Z',
  request: { clientRef: 'X-1', category: 'rent_arrears', amountCents: 2_000_00 }, openQuestions: 0,
};

const decided = (outcome: 'granted' | 'refused', apart = true): Case => ({
  ...submitted, state: 'decided', version: 6, updatedAt: '2026-04-10T10:00:00.000Z',
  deliberation: { openedAt: '2026-03-05T10:00:00.000Z', urgent: false, deadline: '2026-03-12T10:00:00.000Z', pausedMs: 86_400_000 },
  decision: {
    outcome, ...(outcome === 'granted' ? { amountCents: 1_500_00 } : {}), reasoning: 'Omdat het helpt.',
    decidedAt: '2026-04-03T10:00:00.000Z', decidedBy: ref,
    ...(outcome === 'granted' ? { ruleSetAside: { rule: 'Eerst bijstand', why: 'De uitkomst stond al vast.' } } : {}),
    tally: {
      counts: { grant: 2, grant_with_conditions: 0, refuse: 1, abstain: 0 }, countedVotes: 3, disciplines: ['a', 'b', 'c'],
      quorum: { reached: true, votes: { have: 3, need: 3 }, disciplines: { have: 3, need: 3 } }, leaning: 'grant',
      lensesApart: apart ? [{ criterion: 'noAlternative', favoursGrant: 'humanity' }] : [],
    },
  },
});

describe('the figures of a case', () => {
  it('counts a request in the month it was started, and moves it between states without double counting', () => {
    expect(caseFigures(submitted)['2026-03']).toMatchObject({ 'requests.submitted': 1, submitted: 1, 'submitted.rent_arrears': 1 });
    const delta = figuresDelta(submitted, decided('granted'));
    expect(delta['2026-03']).toEqual({ 'requests.submitted': -1, 'requests.decided': 1 });
  });

  it('counts a decision in its month, with the lead time less the time waiting for answers', () => {
    const april = caseFigures(decided('granted'))['2026-04']!;
    expect(april).toMatchObject({ 'decided.granted': 1, 'granted.cents': 1_500_00, 'lead.decide.n': 1, ruleSetAside: 1 });
    expect(april['lead.decide.ms']).toBe(31 * 86_400_000 - 86_400_000);
  });

  it('records which lens a decision followed where humanity and rules pulled apart', () => {
    expect(caseFigures(decided('granted'))['2026-04']).toMatchObject({ 'apart.noAlternative.humanity': 1 });
    expect(caseFigures(decided('refused'))['2026-04']).toMatchObject({ 'apart.noAlternative.rules': 1 });
    expect(Object.keys(caseFigures(decided('granted', false))['2026-04']!).some((k) => k.startsWith('apart'))).toBe(false);
  });

  it('follows a decision to what it led to, in the month of the decision', () => {
    const followedUp: Case = {
      ...decided('refused'),
      followUp: { startedAt: '2026-04-03T10:00:00.000Z', moments: [{ monthsAfter: 3, dueAt: '2026-07-03T10:00:00.000Z', reportedAt: '2026-07-03T10:00:00.000Z', breakthrough: 'partly', domains: { housing: 'worse', debts: 'same' } }] },
    };
    expect(caseFigures(followedUp)['2026-04']).toMatchObject({
      'result.refused.partly': 1, 'result.rent_arrears.partly': 1, 'apart.noAlternative.rules.result.partly': 1,
      'life.refused.housing.worse': 1, 'life.refused.debts.same': 1,
    });
  });

  it('adds up: applying every delta of a case’s life gives the figures of where it ended', () => {
    const life = [null, submitted, decided('granted')] as const;
    const deltas = life.slice(1).map((after, i) => figuresDelta(life[i]!, after!));
    expect(sumFigures(deltas)).toEqual(sumFigures([caseFigures(decided('granted'))]));
  });

  it('never counts a case twice, whatever the order of its changes (property)', () => {
    const states = [submitted, decided('granted'), decided('refused'), decided('granted', false)];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...states), { minLength: 1, maxLength: 8 }), (path) => {
        const deltas = path.map((after, i) => figuresDelta(i === 0 ? null : path[i - 1]!, after));
        expect(sumFigures(deltas)).toEqual(sumFigures([caseFigures(path.at(-1)!)]));
      }),
    );
  });
});

describe('the learning picture', () => {
  const stored = sumFigures([caseFigures(submitted), caseFigures(decided('granted'))]);

  it('reads only the months of the period asked for', () => {
    expect(learningPicture(stored, { from: '2026-04', to: '2026-04' }, settings).requests.submitted).toBe(0);
    expect(learningPicture(stored, { from: '2026-01', to: '2026-12' }, settings).requests.submitted).toBe(2);
  });

  it('gives lead times in days, and none when nothing was decided', () => {
    expect(learningPicture(stored, { from: '2026-01', to: '2026-12' }, settings).leadTimes.decideDays).toBe(30);
    expect(learningPicture({}, { from: '2026-01', to: '2026-12' }, settings).leadTimes.decideDays).toBeNull();
  });

  it('exports CSV that a spreadsheet cannot mistake for a formula', () => {
    const csv = learningPictureCsv({ ...learningPicture(stored, { from: '2026-01', to: '2026-12' }, settings) });
    expect(csv.split('\r\n')[0]).toBe('table,row,measure,value');
    expect(csv).toContain('by_category,rent_arrears,granted,1');
    expect(csv).not.toMatch(/^[=+@-]/m);
  });
});
