import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ShownDecision } from '../../domain/case/case.schema';
import { DecisionView } from '../../web/src/lib/case/decision-view';
import { renderScreen } from './support/render';

/** The decision as the counsellor gets it from the API: what the manager wrote, no tally. */
const asWritten: ShownDecision = {
  outcome: 'granted',
  amountCents: 1_500_00,
  reasoning: 'De gift voorkomt de ontruiming.',
  dissent: 'Eén lid zag geen doorbraak.',
  decidedAt: '2026-11-27T10:00:00.000Z',
  decidedBy: { userId: 'marieke', name: 'Marieke Jansen', role: 'programme_manager' },
};

describe('the decision', () => {
  it('tells whoever may not see the ballots that the panel decided, without a number or a discipline', () => {
    renderScreen(<DecisionView decision={asWritten} />);
    expect(screen.getByText('Het panel heeft besloten. Wie hoe stemde, blijft binnen het panel.')).toBeTruthy();
    expect(screen.getByText('Eén lid zag geen doorbraak.')).toBeTruthy();
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/stemmen \(nodig|quorum|discipline/i);
  });

  it('says nothing of that to whoever sees the tally', () => {
    const tally = {
      counts: { grant: 2, grant_with_conditions: 0, refuse: 1, abstain: 0 }, countedVotes: 3, disciplines: ['legal', 'housing', 'health_care'],
      quorum: { reached: true, votes: { have: 3, need: 3 }, disciplines: { have: 3, need: 3 } }, leaning: 'grant' as const, lensesApart: [],
    };
    renderScreen(<DecisionView decision={{ ...asWritten, tally }} />);
    expect(screen.queryByText('Het panel heeft besloten. Wie hoe stemde, blijft binnen het panel.')).toBeNull();
  });
});
