import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ArchivePage from '../../web/src/features/manager/components/archive-page';
import type { CaseSummary } from '../../web/src/lib/api/types';
import { fakeApi, renderScreen } from './support/render';

const me = {
  actor: { userId: 'marieke', name: 'Marieke Jansen', role: 'programme_manager', fundId: 'amsterdam-demo' },
  fund: { id: 'amsterdam-demo', name: 'Doorbraakfonds', settings: {}, organisations: [{ id: 'madi-zuid', name: 'Madi Zuid' }] },
};

const summary = (i: number, state: CaseSummary['state'] = 'closed'): CaseSummary => ({
  id: `case-${i}`,
  state,
  version: 3,
  organisationId: 'madi-zuid',
  counsellor: { userId: 'sanne', name: 'Sanne de Vries', role: 'counsellor' },
  clientRef: `MZ-${i}`,
  category: 'rent_arrears',
  amountCents: 50_000,
  urgent: false,
  repeat: false,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
  submittedAt: '2026-10-01T10:00:00.000Z',
});

describe("the manager's case archive", () => {
  it('searches with the chosen filters, shows the cases, and shows more from where the page ended', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/me': me,
      'GET /api/fund/cases': (_: unknown, query: Record<string, string>) =>
        query.cursor === 'page-2' ? { items: [summary(3)] } : { items: [summary(1), summary(2)], cursor: 'page-2' },
    });
    renderScreen(<ArchivePage />, { path: '/manager/cases', pattern: '/manager/cases' });

    await user.selectOptions(await screen.findByLabelText('Status'), 'Afgesloten');
    await user.selectOptions(screen.getByLabelText('Organisatie'), 'Madi Zuid');
    await user.type(screen.getByLabelText('Cliëntreferentie'), 'MZ-1');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    // The search's schema is downloaded at the first search (case-search.tsx): the search is asked for once it is there.
    await waitFor(() => expect(api.calls.filter((c) => c.path === '/api/fund/cases').at(-1)!.query).toMatchObject({ state: 'closed', organisationId: 'madi-zuid', clientRef: 'MZ-1' }));
    const table = await screen.findByRole('table', { name: 'Gevonden aanvragen' });
    await waitFor(() => expect(within(table).getAllByRole('link').map((a) => a.textContent)).toEqual(['MZ-1', 'MZ-2']));

    await user.click(screen.getByRole('button', { name: 'Meer tonen' }));
    await waitFor(() => expect(within(table).getAllByRole('link').map((a) => a.textContent)).toEqual(['MZ-1', 'MZ-2', 'MZ-3']));
    expect(api.calls.at(-1)!.query).toMatchObject({ state: 'closed', cursor: 'page-2' });
    expect(screen.queryByRole('button', { name: 'Meer tonen' })).toBeNull();
  });

  it('says in Dutch what is wrong with a search before asking the API', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /api/me': me, 'GET /api/fund/cases': { items: [] } });
    renderScreen(<ArchivePage />, { path: '/manager/cases', pattern: '/manager/cases' });
    expect(await screen.findByText('Geen aanvragen gevonden. Maak de zoekopdracht ruimer of wis hem.')).toBeTruthy();
    const before = api.calls.length;

    await user.type(screen.getByLabelText('Ingediend vanaf'), '2026-11-02');
    await user.type(screen.getByLabelText('Ingediend tot en met'), '2026-11-01');
    await user.type(screen.getByLabelText('Cliëntreferentie'), '123456789');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(await screen.findByText('De periode kan niet eindigen voordat hij begint.')).toBeTruthy();
    expect(screen.getByLabelText('Cliëntreferentie').getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.length).toBe(before);
  });
});
