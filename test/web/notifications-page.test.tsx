import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import NotificationsPage from '../../web/src/features/notifications/components/notifications-page';
import { fakeApi, renderScreen } from './support/render';

const me = {
  actor: { userId: 'kees', name: 'Kees', fundId: 'amsterdam-demo', role: 'panel_member', organisationId: 'woonstichting' },
  fund: { id: 'amsterdam-demo', name: 'Doorbraakfonds', settings: {}, organisations: [] },
};
const note = (id: string, type: string, extra: object = {}) => ({
  id, fundId: 'amsterdam-demo', type, caseId: `${id}a7f3-9c`, at: '2026-11-23T12:00:00.000Z', recipient: { kind: 'role', role: 'panel_member' }, ...extra,
});

function inboxApi(settings = { email: 'immediate', language: 'nl' }) {
  let items = [
    note('c0ffee01', 'case_to_vote_on', { category: 'rent_arrears', urgent: true }),
    note('c0ffee02', 'voting_deadline_near', { recipient: { kind: 'user', userId: 'kees' } }),
    note('c0ffee03', 'case_to_vote_on', { readAt: '2026-11-23T13:00:00.000Z' }),
  ];
  return fakeApi({
    'GET /api/me': me,
    'GET /api/notifications': () => ({ items }),
    'POST /api/notifications/read-all': () => {
      items = items.map((n) => ({ readAt: '2026-11-24T08:00:00.000Z', ...n }));
      return { readAt: '2026-11-24T08:00:00.000Z' };
    },
    'GET /api/notifications/settings': settings,
    'PUT /api/notifications/settings': (body: unknown) => body,
  });
}

describe('the notifications page', () => {
  it('names each case by its number and what it is about, says what to do next, and links to the case of my role', async () => {
    inboxApi();
    renderScreen(<NotificationsPage />, { path: '/notifications' });
    const first = (await screen.findAllByRole('article'))[0]!;
    expect(within(first).getByText('Aanvraag C0FFEE01')).toBeTruthy();
    expect(within(first).getByText(/Huurachterstand · spoed/)).toBeTruthy();
    expect(within(first).getByText(/Wat u nu doet: Lees de aanvraag en breng uw stem uit/)).toBeTruthy();
    expect(within(first).getByRole('link', { name: 'Naar de aanvraag' }).getAttribute('href')).toBe('/panel/cases/c0ffee01a7f3-9c');
    expect(screen.getByText('Stemtermijn loopt bijna af')).toBeTruthy();
  });

  it('marks all as read with one button, announces it, and the unread count drops to none', async () => {
    const user = userEvent.setup();
    const { calls } = inboxApi();
    renderScreen(<NotificationsPage />, { path: '/notifications' });
    expect((await screen.findByTestId('unread-count')).textContent).toBe('2 ongelezen meldingen');

    await user.click(screen.getByRole('button', { name: 'Alles als gelezen markeren' }));
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('Alle meldingen zijn gelezen.'));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Alle meldingen zijn als gelezen gemarkeerd.'));
    expect(screen.queryByRole('button', { name: 'Alles als gelezen markeren' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Markeer als gelezen' })).toBeNull();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/notifications/read-all']);
  });

  it('shows my e-mail choice and lets me change it to a daily digest in English', async () => {
    const user = userEvent.setup();
    const { calls } = inboxApi();
    renderScreen(<NotificationsPage />, { path: '/notifications' });
    const settings = await screen.findByRole('region', { name: 'E-mail over meldingen' });
    expect((await within(settings).findByRole('radio', { name: 'Bij elke melding meteen een e-mail' }) as HTMLInputElement).checked).toBe(true);
    expect((within(settings).getByRole('radio', { name: 'Nederlands' }) as HTMLInputElement).checked).toBe(true);

    await user.click(within(settings).getByRole('radio', { name: 'Eén overzicht per dag, ’s ochtends' }));
    await user.click(within(settings).getByRole('radio', { name: 'Engels' }));
    await user.click(within(settings).getByRole('button', { name: 'Keuze opslaan' }));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Uw keuze is opgeslagen.'));
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ email: 'daily_digest', language: 'en' }]);
  });
});
