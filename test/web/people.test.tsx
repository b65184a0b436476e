import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PeoplePage from '../../web/src/features/manager/components/people-page';
import { fakeApi, renderScreen } from './support/render';

const me = {
  actor: { userId: 'marieke', name: 'Marieke Jansen', role: 'programme_manager', fundId: 'amsterdam-demo' },
  fund: {
    id: 'amsterdam-demo', name: 'Doorbraakfonds',
    organisations: [{ id: 'madi-zuid', name: 'Madi Zuid' }, { id: 'ggd', name: 'GGD' }, { id: 'oud-team', name: 'Oud Team', inactive: true }],
    settings: { disciplines: ['debt_relief', 'social_work', 'verslaving'], disciplineNames: { verslaving: 'Verslavingszorg', legal: 'Recht' }, quorum: { minVotes: 2, minDisciplines: 2 } },
  },
};
const users = [
  { userId: 'marieke', name: 'Marieke Jansen', role: 'programme_manager', disabled: false },
  { userId: 'sanne', name: 'Sanne de Vries', role: 'counsellor', organisationId: 'madi-zuid', disabled: false },
  { userId: 'kees', name: 'Kees Bakker', role: 'panel_member', organisationId: 'madi-zuid', discipline: 'social_work', disabled: false },
  { userId: 'bram', name: 'Bram Oud', role: 'panel_member', organisationId: 'oud-team', discipline: 'legal', disabled: false },
  { userId: 'joke', name: 'Joke Weg', role: 'counsellor', organisationId: 'ggd', disabled: true },
];
const rowOf = (table: HTMLElement, name: string) => within(table).getAllByRole('row').find((row) => row.textContent?.startsWith(name))!;

describe("the manager's people page", () => {
  it('lists the users by name, with their organisation and discipline by name', async () => {
    fakeApi({ 'GET /api/me': me, 'GET /api/users': { users } });
    renderScreen(<PeoplePage />);
    const table = await screen.findByRole('table', { name: 'Gebruikers van het fonds' });
    const kees = within(table).getAllByRole('row').find((row) => row.textContent?.startsWith('Kees Bakker'))!;
    expect(within(kees).getByText('Madi Zuid')).toBeTruthy();
    expect(within(kees).getByText('Maatschappelijk werk')).toBeTruthy();
    expect(within(table).queryByText('madi-zuid')).toBeNull();
  });

  it('asks a panel member’s discipline before sending, then sends the invitation', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/me': me, 'GET /api/users': { users },
      'POST /api/users': (body: unknown) => ({ status: 201, body: { ...(body as object), userId: 'new', disabled: false } }),
    });
    renderScreen(<PeoplePage />);
    await user.type(await screen.findByLabelText('Naam'), 'Noor Visser');
    await user.type(screen.getByLabelText(/E-mailadres/), 'noor@example.org');
    await user.click(screen.getByLabelText('Panellid'));
    await user.selectOptions(screen.getByLabelText('Organisatie'), 'Madi Zuid');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging sturen' }));
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    expect(screen.getByLabelText('Discipline').getAttribute('aria-invalid')).toBe('true');

    await user.selectOptions(screen.getByLabelText('Discipline'), 'Schuldhulpverlening');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging sturen' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'Noor Visser', email: 'noor@example.org', role: 'panel_member', organisationId: 'madi-zuid', discipline: 'debt_relief',
    });
  });

  it('shows the API’s refusal in Dutch at the field', async () => {
    const user = userEvent.setup();
    fakeApi({
      'GET /api/me': me, 'GET /api/users': { users },
      'POST /api/users': { status: 409, body: { error: { code: 'user_exists', reason: 'user_exists', message: 'There is already an account.' } } },
    });
    renderScreen(<PeoplePage />);
    await user.type(await screen.findByLabelText('Naam'), 'Sanne de Vries');
    await user.type(screen.getByLabelText(/E-mailadres/), 'sanne@example.org');
    await user.click(screen.getByLabelText('Professional'));
    await user.selectOptions(screen.getByLabelText('Organisatie'), 'Madi Zuid');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging sturen' }));
    expect((await screen.findAllByText('Er is al een account voor dit e-mailadres.')).length).toBeGreaterThan(0);
  });

  it('disables someone only after asking', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /api/me': me, 'GET /api/users': { users }, 'POST /api/users/sanne/disable': { ...users[1], disabled: true } });
    renderScreen(<PeoplePage />);
    await user.click(await screen.findByRole('button', { name: 'Uitschakelen Sanne de Vries' }));
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Ja, schakel uit' }));
    await waitFor(() => expect(api.calls.map((c) => `${c.method} ${c.path}`)).toContain('POST /api/users/sanne/disable'));
    expect(screen.queryByRole('button', { name: 'Uitschakelen Marieke Jansen' })).toBeNull();
  });

  it("shows a discipline by the fund's own name, also one it no longer uses", async () => {
    fakeApi({ 'GET /api/me': me, 'GET /api/users': { users } });
    renderScreen(<PeoplePage />);
    const table = await screen.findByRole('table', { name: 'Gebruikers van het fonds' });
    expect(within(rowOf(table, 'Bram Oud')).getByText('Recht')).toBeTruthy();
    expect(within(rowOf(table, 'Bram Oud')).getByText('Oud Team')).toBeTruthy();
    const invite = screen.getByRole('region', { name: 'Iemand uitnodigen' });
    expect(within(invite).queryByRole('option', { name: /Oud Team/ })).toBeNull();
  });

  it("changes someone's role and discipline, saying it applies from their next sign-in", async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/me': me, 'GET /api/users': { users },
      'PATCH /api/users/sanne': (body: unknown) => ({ ...users[1], ...(body as object) }),
    });
    renderScreen(<PeoplePage />);
    await user.click(await screen.findByRole('button', { name: 'Wijzigen Sanne de Vries' }));
    const form = screen.getByRole('region', { name: 'Sanne de Vries wijzigen' });
    expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'Sanne de Vries wijzigen' }));
    expect(within(form).getByText(/geldt vanaf de volgende keer dat Sanne de Vries inlogt/)).toBeTruthy();

    await user.click(within(form).getByLabelText('Panellid'));
    await user.click(within(form).getByRole('button', { name: 'Wijziging bewaren' }));
    expect(api.calls.some((c) => c.method === 'PATCH')).toBe(false);
    expect(within(form).getByLabelText('Discipline').getAttribute('aria-invalid')).toBe('true');

    expect(within(form).queryByRole('option', { name: /Recht/ })).toBeNull();
    await user.selectOptions(within(form).getByLabelText('Discipline'), 'Verslavingszorg');
    await user.selectOptions(within(form).getByLabelText('Organisatie'), 'GGD');
    await user.click(within(form).getByRole('button', { name: 'Wijziging bewaren' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(api.calls.find((c) => c.method === 'PATCH')!.body).toEqual({ role: 'panel_member', organisationId: 'ggd', discipline: 'verslaving' });
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toMatch(/bewaard\. Die geldt vanaf de volgende keer/));
    expect(screen.queryByRole('region', { name: 'Sanne de Vries wijzigen' })).toBeNull();
  });

  it('lets someone keep an organisation and discipline the fund retired, and shows the refusal of the API in Dutch at its field', async () => {
    const user = userEvent.setup();
    fakeApi({
      'GET /api/me': me, 'GET /api/users': { users },
      'PATCH /api/users/bram': {
        status: 400,
        body: { error: { code: 'validation', reason: 'organisation_inactive', message: 'No longer.', fields: [{ field: 'body.organisationId', reason: 'organisation_inactive', message: 'No longer.' }] } },
      },
    });
    renderScreen(<PeoplePage />);
    await user.click(await screen.findByRole('button', { name: 'Wijzigen Bram Oud' }));
    const form = screen.getByRole('region', { name: 'Bram Oud wijzigen' });
    expect((within(form).getByLabelText('Organisatie') as HTMLSelectElement).value).toBe('oud-team');
    expect(within(form).getByRole('option', { name: 'Oud Team (niet meer in gebruik)' })).toBeTruthy();
    expect(within(form).getByRole('option', { name: 'Recht (niet meer in gebruik)' })).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText('Discipline'), 'Schuldhulpverlening');
    await user.click(within(form).getByRole('button', { name: 'Wijziging bewaren' }));
    expect((await within(form).findAllByText('Deze organisatie is niet meer in gebruik; kies een andere.')).length).toBeGreaterThan(0);
  });

  it('re-enables someone disabled only after asking', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /api/me': me, 'GET /api/users': { users }, 'POST /api/users/joke/enable': { ...users[4], disabled: false } });
    renderScreen(<PeoplePage />);
    const table = await screen.findByRole('table', { name: 'Gebruikers van het fonds' });
    expect(within(rowOf(table, 'Joke Weg')).getByText('Uitgeschakeld')).toBeTruthy();
    expect(within(rowOf(table, 'Joke Weg')).queryByRole('button', { name: /Wijzigen/ })).toBeNull();
    await user.click(within(table).getByRole('button', { name: 'Weer toelaten Joke Weg' }));
    expect(screen.getByText(/Joke Weg weer toelaten\?/)).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Ja, laat weer toe' }));
    await waitFor(() => expect(api.calls.map((c) => `${c.method} ${c.path}`)).toContain('POST /api/users/joke/enable'));
  });
});

describe("the fund's organisations and disciplines on the people page", () => {
  it('renames, adds and retires, and sends a known discipline without a name of its own', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /api/me': me, 'GET /api/users': { users }, 'PUT /api/fund/organisations-and-disciplines': me.fund });
    renderScreen(<PeoplePage />);
    const section = await screen.findByRole('region', { name: 'Organisaties en disciplines' });
    const first = within(section).getByLabelText('Organisatie 1');
    await user.clear(first);
    await user.type(first, 'Madi Amsterdam-Zuid');
    await user.click(within(section).getByRole('button', { name: 'Organisatie toevoegen' }));
    expect(document.activeElement).toBe(within(section).getByLabelText('Organisatie 4'));
    await user.type(within(section).getByLabelText('Organisatie 4'), 'Schuldenlab');
    await user.click(within(section).getByRole('checkbox', { name: 'Niet meer in gebruik (GGD)' }));
    expect((within(section).getByLabelText('Discipline 1') as HTMLInputElement).value).toBe('Schuldhulpverlening');
    expect((within(section).getByRole('checkbox', { name: 'Niet meer in gebruik (Recht)' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(section).getByRole('button', { name: 'Organisaties en disciplines bewaren' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(api.calls.find((c) => c.method === 'PUT')!.body).toEqual({
      organisations: [
        { id: 'madi-zuid', name: 'Madi Amsterdam-Zuid' }, { id: 'ggd', name: 'GGD', inactive: true },
        { id: 'oud-team', name: 'Oud Team', inactive: true }, { name: 'Schuldenlab' },
      ],
      disciplines: [{ id: 'debt_relief' }, { id: 'social_work' }, { id: 'verslaving', name: 'Verslavingszorg' }, { id: 'legal', name: 'Recht', inactive: true }],
    });
  });

  it('refuses, before sending, an empty name and fewer disciplines in use than the quorum counts', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /api/me': me, 'GET /api/users': { users } });
    renderScreen(<PeoplePage />);
    const section = await screen.findByRole('region', { name: 'Organisaties en disciplines' });
    await user.click(within(section).getByRole('checkbox', { name: 'Niet meer in gebruik (Schuldhulpverlening)' }));
    await user.click(within(section).getByRole('checkbox', { name: 'Niet meer in gebruik (Maatschappelijk werk)' }));
    await user.click(within(section).getByRole('button', { name: 'Organisaties en disciplines bewaren' }));
    expect((await within(section).findAllByText(/Het quorum vraagt 2 disciplines/)).length).toBeGreaterThan(0);
    await user.clear(within(section).getByLabelText('Organisatie 2'));
    await user.click(within(section).getByRole('button', { name: 'Organisaties en disciplines bewaren' }));
    expect(within(section).getByLabelText('Organisatie 2').getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.some((c) => c.method === 'PUT')).toBe(false);
  });
});
