import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EarlierRequests } from '../../web/src/features/panel/components/earlier-requests';
import MyVotesPage from '../../web/src/features/panel/components/my-votes-page';
import type { CaseSummary } from '../../web/src/lib/api/types';
import { fakeApi, renderScreen } from './support/render';

const me = {
  actor: { userId: 'kees', name: 'Kees Bakker', role: 'panel_member', fundId: 'amsterdam-demo' },
  fund: { id: 'amsterdam-demo', name: 'Doorbraakfonds', settings: {}, organisations: [] },
};

const vote = (i: number) => ({ caseId: `case-${i}`, category: 'rent_arrears', position: 'grant', castAt: `2026-10-0${i}T09:00:00.000Z`, state: 'decided', decision: { outcome: 'granted', decidedAt: '2026-10-20T09:00:00.000Z' } });

const summary = (i: number): CaseSummary => ({
  id: `case-${i}`, state: 'closed', version: 3, organisationId: 'madi-zuid', counsellor: { userId: 'sanne', name: 'Sanne de Vries', role: 'counsellor' },
  clientRef: 'MZ-1', category: 'energy_debt', amountCents: 12_300 * i, urgent: false, repeat: false,
  createdAt: `2025-0${i}-01T09:00:00.000Z`, updatedAt: `2025-0${i}-02T09:00:00.000Z`,
});

describe('lists that grow with the fund come a page at a time', () => {
  it('my votes: shows the first page, then the next from where it ended, and no more button on the last page', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/me': me,
      'GET /api/votes/mine': (_: unknown, query: Record<string, string>) => (query.cursor === 'next' ? { items: [vote(3)] } : { items: [vote(1), vote(2)], cursor: 'next' }),
    });
    renderScreen(<MyVotesPage />, { path: '/panel/votes', pattern: '/panel/votes' });
    const table = await screen.findByRole('table', { name: 'Mijn stemmen' });
    expect(within(table).getAllByRole('link')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Meer tonen' }));
    await waitFor(() => expect(within(table).getAllByRole('link')).toHaveLength(3));
    expect(api.calls.at(-1)!.query).toMatchObject({ cursor: 'next' });
    expect(screen.queryByRole('button', { name: 'Meer tonen' })).toBeNull();
  });

  it("earlier requests: the client's older requests, page after page", async () => {
    const user = userEvent.setup();
    fakeApi({
      'GET /api/me': me,
      'GET /api/cases/case-9/earlier-requests': (_: unknown, query: Record<string, string>) =>
        query.cursor === 'next' ? { items: [summary(1)] } : { items: [summary(3), summary(2)], cursor: 'next' },
    });
    renderScreen(<EarlierRequests caseId="case-9" />, { path: '/panel/cases/case-9', pattern: '/panel/cases/:caseId' });
    const section = (await screen.findByRole('heading', { name: 'Eerdere aanvragen voor deze cliënt' })).closest('section')!;
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(2));
    await user.click(within(section).getByRole('button', { name: 'Meer tonen' }));
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(3));
    expect(within(section).getAllByRole('listitem')[2]!.textContent).toMatch(/^1 januari 2025: Energieschuld, €\s123,00/);
  });
});
