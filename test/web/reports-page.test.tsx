import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import ReportsPage from '../../web/src/features/manager/components/reports-page';
import { fakeApi, renderScreen } from './support/render';

const me = {
  actor: { userId: 'marieke', name: 'Marieke Jansen', role: 'programme_manager', fundId: 'amsterdam-demo' },
  fund: { id: 'amsterdam-demo', name: 'Doorbraakfonds', settings: {}, organisations: [] },
};

const report = (i: number, overrides: object = {}) => ({
  caseId: `case${i}abcdef`, moment: 1, monthsAfter: 3, category: 'rent_arrears', reportedAt: `2026-10-0${i}T09:00:00.000Z`,
  reportedBy: { userId: 'sanne', name: 'Sanne de Vries' }, breakthrough: 'yes',
  domains: { housing: 'better', debts: 'same', income: 'same', work: 'worse', wellbeing: 'same' },
  lesson: `Les nummer ${i}.`, purged: false, ...overrides,
});

afterEach(async () => {
  await i18next.changeLanguage('nl');
});

describe("the manager's follow-up reports page", () => {
  it('lists the reports newest first with their lesson, narrows them by the filters, and shows more on request', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/me': me,
      'GET /api/follow-up-reports': (_: unknown, query: Record<string, string>) => {
        if (query.category === 'energy_debt' && query.outcome === 'no')
          return { items: [report(4, { category: 'energy_debt', breakthrough: 'no', lesson: undefined, purged: true })] };
        if (query.cursor === 'next') return { items: [report(1)] };
        return { items: [report(3), report(2, { correctedAt: '2026-10-05T09:00:00.000Z' })], cursor: 'next' };
      },
    });
    renderScreen(<ReportsPage />, { path: '/manager/reports', pattern: '/manager/reports' });
    expect(screen.getByRole('heading', { level: 1, name: 'Verslagen van de opvolging' })).toBeDefined();
    const table = await screen.findByRole('table', { name: 'Verslagen, nieuwste eerst' });
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(2);
    const first = rows()[0]!;
    expect(within(first).getByRole('link').getAttribute('href')).toBe('/manager/cases/case3abcdef');
    expect(first.textContent).toContain('Huurachterstand');
    expect(first.textContent).toContain('Na 3 maanden');
    expect(first.textContent).toContain('Sanne de Vries');
    expect(first.textContent).toContain('Wonen beter, Werk of dagbesteding slechter');
    expect(first.textContent).toContain('Les nummer 3.');
    expect(rows()[1]!.textContent).toContain('gecorrigeerd');

    await user.click(screen.getByRole('button', { name: 'Meer verslagen tonen' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(api.calls.at(-1)!.query).toMatchObject({ cursor: 'next' });
    expect(screen.queryByRole('button', { name: 'Meer verslagen tonen' })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Soort aanvraag'), 'energy_debt');
    await user.selectOptions(screen.getByLabelText('Doorbraak bereikt'), 'no');
    await waitFor(() => expect(api.calls.at(-1)!.query).toMatchObject({ category: 'energy_debt', outcome: 'no' }));
    const narrowed = await screen.findByText('Tekst verwijderd na de bewaartermijn.');
    expect(narrowed.closest('tr')!.textContent).toContain('Nee');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });

  it('says so when no report matches the filter', async () => {
    fakeApi({ 'GET /api/me': me, 'GET /api/follow-up-reports': { items: [] } });
    renderScreen(<ReportsPage />, { path: '/manager/reports', pattern: '/manager/reports' });
    expect(await screen.findByText('Er zijn geen verslagen die bij dit filter passen.')).toBeDefined();
  });

  it('reads in English, with no Dutch of its own on the screen', async () => {
    await i18next.changeLanguage('en');
    fakeApi({ 'GET /api/me': me, 'GET /api/follow-up-reports': { items: [report(1)], cursor: 'next' } });
    renderScreen(<ReportsPage />, { path: '/manager/reports', pattern: '/manager/reports' });
    const table = await screen.findByRole('table', { name: 'Reports, newest first' });
    expect(screen.getByRole('heading', { level: 1, name: 'Follow-up reports' })).toBeDefined();
    expect(screen.getByLabelText('Kind of request')).toBeDefined();
    expect(screen.getByLabelText('Breakthrough reached')).toBeDefined();
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Housing better, Work or daytime activity worse');
    expect(screen.getByRole('button', { name: 'Show more reports' })).toBeDefined();
  });
});
