import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FollowUpReports } from '../../web/src/lib/case/follow-up-reports';
import { renderScreen } from './support/render';

const reported = {
  monthsAfter: 3,
  dueAt: '2026-03-01T09:00:00.000Z',
  reportedAt: '2026-03-02T09:00:00.000Z',
  reportedBy: { userId: 'sanne', name: 'Sanne de Wit', role: 'counsellor' as const },
  breakthrough: 'partly' as const,
  domains: { housing: 'better' as const, debts: 'same' as const, income: 'same' as const, work: 'worse' as const, wellbeing: 'better' as const },
  notes: { housing: 'De huur wordt weer betaald.' },
  unexpected: 'De werkgever stopte het contract.',
  lesson: 'Betaal de verhuurder direct, dan is de ontruiming van tafel.',
};
const due = { monthsAfter: 12, dueAt: '2026-12-01T09:00:00.000Z' };

describe('the follow-up reports on a case', () => {
  it('shows what a report said in full, per life domain with its note, in Dutch', () => {
    renderScreen(<FollowUpReports moments={[reported, due]} />);
    const first = screen.getByRole('region', { name: /Na 3 maanden/ });
    expect(within(first).getByText('Ingevuld door Sanne de Wit op 2 maart 2026.')).toBeTruthy();
    expect(within(first).getByText('Gedeeltelijk')).toBeTruthy();
    expect(within(first).getByText('Beter — De huur wordt weer betaald.')).toBeTruthy();
    expect(within(first).getByText('Slechter')).toBeTruthy();
    expect(within(first).getByText('De werkgever stopte het contract.')).toBeTruthy();
    expect(within(first).getByText('Betaal de verhuurder direct, dan is de ontruiming van tafel.')).toBeTruthy();
    const second = screen.getByRole('region', { name: /Na 12 maanden/ });
    expect(within(second).getByText('nog niet ingevuld')).toBeTruthy();
  });
});
