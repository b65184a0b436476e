import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import CounsellorCasePage from '../../web/src/features/counsellor/components/case-page';
import ManagerCasePage from '../../web/src/features/manager/components/case-page';
import PanelCasePage from '../../web/src/features/panel/components/case-page';
import { FollowUpReports } from '../../web/src/lib/case/follow-up-reports';
import { fakeApi, renderScreen } from './support/render';
import { aCaseView } from './support/views';

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

describe('the full report on the case page', () => {
  const decidedAt = '2026-11-20T10:00:00.000Z';
  const marieke = { userId: 'marieke', name: 'Marieke Jansen', role: 'programme_manager' as const };
  const view = aCaseView({ actions: [] }, {
    state: 'follow_up',
    decision: { outcome: 'granted', amountCents: 2_000_00, reasoning: 'De betaling voorkomt de ontruiming.', decidedAt, decidedBy: marieke },
    followUp: { startedAt: decidedAt, moments: [reported, due] },
  });
  const pages = [
    { who: 'the counsellor, her own report', role: 'counsellor', page: <CounsellorCasePage />, area: 'counsellor' },
    { who: 'the panel, after the decision', role: 'panel_member', page: <PanelCasePage />, area: 'panel' },
    { who: 'the programme manager', role: 'programme_manager', page: <ManagerCasePage />, area: 'manager' },
  ] as const;
  it.each(pages)('is read in full by $who', async ({ role, page, area }) => {
    fakeApi({
      'GET /api/cases/case-1': view,
      'GET /api/me': { actor: { userId: 'u', name: 'Iemand', role, fundId: 'amsterdam-demo' }, fund: { id: 'amsterdam-demo', name: 'Doorbraakfonds', settings: { followUpMonths: [3, 12] }, organisations: [] } },
    });
    renderScreen(page, { path: `/${area}/cases/case-1`, pattern: `/${area}/cases/:caseId` });
    const first = await screen.findByRole('region', { name: /Na 3 maanden/ });
    expect(within(first).getByText('Beter — De huur wordt weer betaald.')).toBeTruthy();
    expect(within(first).getByText('De werkgever stopte het contract.')).toBeTruthy();
    expect(within(first).getByText('Betaal de verhuurder direct, dan is de ontruiming van tafel.')).toBeTruthy();
  });
});
