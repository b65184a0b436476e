import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import RequestFormPage from '../../web/src/features/counsellor/components/request-form-page';
import { fakeApi, renderScreen } from './support/render';
import { aCaseView } from './support/views';

const draftView = (request: Record<string, unknown>) => aCaseView({ actions: ['editDraft', 'submit', 'withdraw'] }, { state: 'draft', request: { clientRef: 'MZ-0001', ...request } });

function renderForm() {
  return renderScreen(<RequestFormPage />, { path: '/counsellor/request', pattern: '/counsellor/request/:caseId?' });
}

/** What the field's aria-describedby points at: its description and error, as a screen reader reads them. */
function describedText(field: HTMLElement): string {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('the request form', () => {
  it('refuses a citizen service number at the field, with the reason, while typing', async () => {
    const user = userEvent.setup();
    fakeApi({});
    renderForm();
    const situation = await screen.findByLabelText('Situatie van het huishouden');
    // 111222333 passes the eleven-test: it could be a real BSN.
    await user.type(situation, 'Moeder, BSN 111222333, huurachterstand');

    expect(situation.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(situation)).toContain('Dit lijkt op een burgerservicenummer (BSN)');
  });

  it('refuses a date of birth at the field', async () => {
    const user = userEvent.setup();
    fakeApi({});
    renderForm();
    const stability = await screen.findByLabelText('Waarom kan deze cliënt de doorbraak vasthouden?');
    await user.type(stability, 'Cliënt is geboren op 12-03-1985 en werkt mee.');
    expect(describedText(stability)).toContain('Dit lijkt op een geboortedatum');
  });

  it('saves the draft as the counsellor works, leaving out what the privacy check refused', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'POST /api/cases': (body: unknown) => ({ status: 201, body: draftView(body as Record<string, unknown>) }),
      'PATCH /api/cases/case-1': (body: unknown) => draftView(body as Record<string, unknown>),
    });
    renderForm();
    await user.type(await screen.findByLabelText('Cliëntreferentie van uw organisatie'), 'MZ-0001');
    await user.tab();
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')!.body).toMatchObject({ clientRef: 'MZ-0001' });
    expect(await screen.findByText(/Concept bewaard \(/)).toBeTruthy();
    expect(screen.getByTestId('announcer').textContent).toBe('Concept bewaard.');

    await user.type(screen.getByLabelText('Wat zit vast, en wat zet de gift in beweging?'), 'De ontruiming wordt ingetrokken.');
    await user.type(screen.getByLabelText('Situatie van het huishouden'), 'Mail naar jan@example.nl');
    fireEvent.blur(screen.getByLabelText('Situatie van het huishouden'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PATCH')).toBe(true));
    const saved = api.calls.filter((c) => c.method === 'PATCH').at(-1)!.body as Record<string, unknown>;
    expect(saved.breakthrough).toBe('De ontruiming wordt ingetrokken.');
    expect(saved.household).toBeUndefined();
  });

  it('lists what is missing on submit, each linked to its field, and submits nothing', async () => {
    const user = userEvent.setup();
    const api = fakeApi({});
    renderForm();
    await user.click(await screen.findByRole('button', { name: 'Aanvraag indienen' }));

    const summary = await screen.findByRole('heading', { name: /punten om te verbeteren/ });
    expect(summary).toBeTruthy();
    const link = screen.getByRole('link', { name: /Cliëntreferentie van uw organisatie/ });
    await user.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('Cliëntreferentie van uw organisatie'));
    expect(api.calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('asks for the hard date of an urgent request', async () => {
    const user = userEvent.setup();
    fakeApi({});
    renderForm();
    await user.click(await screen.findByLabelText('Ja, er is een harde datum'));
    await user.click(screen.getByRole('button', { name: 'Aanvraag indienen' }));
    await screen.findByRole('heading', { name: /punten om te verbeteren/ });
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toContain('Harde datum: Een spoedaanvraag heeft een harde datum nodig (ontruiming, afsluiting, zitting).');
  });

  it('says nothing of an empty field the counsellor only tabs past; a missing answer is named on submit', async () => {
    const user = userEvent.setup();
    fakeApi({});
    renderForm();
    const reference = await screen.findByLabelText('Cliëntreferentie van uw organisatie');
    await user.click(reference);
    await user.tab();
    await user.tab();
    expect(reference.getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.queryByText(/Vul dit in/)).toBeNull();
  });

  it('lets a field’s own check replace what the failed submit said, as soon as it is typed in', async () => {
    const user = userEvent.setup();
    fakeApi({ 'POST /api/cases': (body: unknown) => ({ status: 201, body: draftView(body as Record<string, unknown>) }) });
    renderForm();
    await user.click(await screen.findByRole('button', { name: 'Aanvraag indienen' }));
    await screen.findByRole('heading', { name: /punten om te verbeteren/ });
    const reference = screen.getByLabelText('Cliëntreferentie van uw organisatie');
    expect(reference.getAttribute('aria-invalid')).toBe('true');
    await user.type(reference, 'MZ-0001');
    expect(reference.getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.queryByRole('link', { name: /Cliëntreferentie van uw organisatie/ })).toBeNull();
    // Typed wrong again, the live check says so at once.
    await user.clear(reference);
    await user.type(reference, '111222333');
    expect(reference.getAttribute('aria-invalid')).toBe('true');
  });

  it('never shows a submitted request as a draft: its form address leads away from the form', async () => {
    fakeApi({ 'GET /api/cases/case-1': aCaseView({ actions: ['withdraw'] }, { state: 'submitted', request: { clientRef: 'MZ-0001' } }) });
    renderScreen(<RequestFormPage />, { path: '/counsellor/request/case-1', pattern: '/counsellor/request/:caseId?' });
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Aanvraag indienen' })).toBeNull();
  });
});
