import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LearningPicture } from '../../domain/learning/learning-picture.schema';
import i18next from 'i18next';
import { learningPictureCsvIn } from '../../web/src/features/manager/components/learning-csv';
import LearningPage from '../../web/src/features/manager/components/learning-page';
import { fakeApi, renderScreen } from './support/render';

const results = (yes: number, partly: number, no: number) => ({ yes, partly, no });
const picture: LearningPicture = {
  period: { from: '2026-01', to: '2026-11' },
  requests: { started: { draft: 1, submitted: 2, screened: 1, screened_out: 0, in_deliberation: 2, awaiting_answer: 0, decided: 1, paid: 1, follow_up: 3, closed: 1, withdrawn: 0 }, submitted: 12 },
  leadTimes: { decideDays: 9.4, decided: 8, payDays: 3, paid: 5 },
  budget: { annualBudgetCents: 25_000_000, grantedCents: 806_000, paidCents: 413_000 },
  byCategory: [
    { category: 'rent_arrears', submitted: 4, granted: 2, grantedWithConditions: 1, refused: 1, grantedCents: 540_000, results: results(2, 1, 0) },
    { category: 'fine', submitted: 2, granted: 0, grantedWithConditions: 0, refused: 2, grantedCents: 0, results: results(0, 0, 1) },
  ],
  outcomes: [
    { side: 'granted', results: results(3, 1, 0), life: [] },
    { side: 'refused', results: results(0, 1, 2), life: [] },
  ],
  lensesApart: [{ criterion: 'noAlternative', followed: 'humanity', cases: 3, results: results(2, 0, 1) }],
  rulesSetAside: { cases: 2, results: results(1, 1, 0) },
};

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('the learning dashboard', () => {
  it('gives every chart a table with the same figures, outcomes of refusals beside grants', async () => {
    fakeApi({ 'GET /api/learning': picture });
    renderScreen(<LearningPage />);

    const sides = await screen.findByRole('table', { name: 'Doorbraak bereikt bij opvolging, toegekende en afgewezen aanvragen' });
    expect(cells(within(sides).getByRole('row', { name: /^afgewezen/ }))).toEqual(['0', '1', '2']);
    expect(cells(within(sides).getByRole('row', { name: /^toegekend/ }))).toEqual(['3', '1', '0']);

    const byCategory = screen.getByRole('table', { name: 'Doorbraak bereikt bij opvolging, per soort aanvraag' });
    const rent = within(byCategory).getByRole('rowheader', { name: /Huurachterstand/ });
    expect(rent.textContent).toContain('3 toegekend, 1 afgewezen');
    expect(rent.textContent).toMatch(/€\s5\.400,00/);

    const lenses = screen.getByRole('table', { name: 'Doorbraak bereikt, naar de kijk die het besluit volgde' });
    expect(within(lenses).getByRole('rowheader', { name: 'Geen alternatief: Menselijkheid (3 aanvragen)' })).toBeTruthy();
    expect(screen.getByText('9 dagen (8 aanvragen)')).toBeTruthy();
  });

  it('writes every chart label in full as text, so it wraps on a narrow screen instead of shrinking with the drawing', async () => {
    fakeApi({ 'GET /api/learning': { ...picture, lensesApart: [{ criterion: 'breakthrough', followed: 'rules', cases: 1, results: results(1, 0, 0) }] } });
    const { container } = renderScreen(<LearningPage />);
    await screen.findByRole('table', { name: 'Doorbraak bereikt, naar de kijk die het besluit volgde' });
    const labels = [...container.querySelectorAll('.doorbraak-chart-label')];
    expect(labels.map((l) => l.textContent)).toContain('Doorbraak nodig: Wet- en regelgeving');
    expect(labels.every((l) => !(l instanceof SVGElement))).toBe(true);
  });

  it('refuses a period that ends before it starts, at the field', async () => {
    const { default: userEvent } = await import('@testing-library/user-event');
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /api/learning': picture });
    renderScreen(<LearningPage />);
    await screen.findByRole('table', { name: /toegekende en afgewezen/ });
    const to = screen.getByLabelText('Tot en met (maand)');
    await user.clear(to);
    await user.type(to, '2025-12');
    await user.click(screen.getByRole('button', { name: 'Toon' }));
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.filter((c) => c.path === '/api/learning')).toHaveLength(1);
  });

  it('exports the figures as a CSV in Dutch that a Dutch spreadsheet reads: named, in euros, with ; and a decimal comma', () => {
    const csv = learningPictureCsvIn(picture, i18next.t, 'nl');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Tabel;Rij;Maat;Waarde');
    expect(lines).toContain('Per soort aanvraag;Huurachterstand;Toegekend (euro);5400');
    expect(lines).toContain('Doorlooptijden;Ingediend tot besluit;Dagen (gemiddeld);9,4');
    expect(lines).toContain('Lenzen uiteen;Geen alternatief / Menselijkheid;Doorbraak: Ja;2');
    expect(lines).toContain('Uitkomsten;afgewezen;Doorbraak: Nee;2');
    // No code of the API's export is left for a Dutch reader.
    expect(csv).not.toMatch(/rent_arrears|by_category|breakthrough_|grantedCents|noAlternative/);
  });
});
