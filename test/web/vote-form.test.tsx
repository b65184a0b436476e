import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PanelCasePage from '../../web/src/features/panel/components/case-page';
import { fakeApi, renderScreen } from './support/render';
import { aCaseView, aVote } from './support/views';

const tally = {
  counts: { grant: 2, grant_with_conditions: 0, refuse: 1, abstain: 0 },
  countedVotes: 3,
  disciplines: ['debt_relief', 'social_work', 'legal'],
  quorum: { reached: true, votes: { have: 3, need: 3 }, disciplines: { have: 3, need: 3 } },
  leaning: 'grant' as const,
  lensesApart: [{ criterion: 'noAlternative' as const, favoursGrant: 'humanity' as const }],
};

async function chooseEveryLens(user: ReturnType<typeof userEvent.setup>) {
  for (const criterion of ['Doorbraak nodig', 'Geen alternatief', 'Cliënt stabiel en gemotiveerd']) {
    const group = screen.getByRole('group', { name: criterion });
    for (const lens of ['Menselijkheid', 'Wet- en regelgeving']) {
      await user.click(within(within(group).getByRole('group', { name: lens })).getByLabelText('Voldaan'));
    }
  }
}

describe('the vote form (blind voting)', () => {
  it("shows no one else's vote before voting, and the votes side by side per criterion after", async () => {
    const user = userEvent.setup();
    const others = [aVote('pieter', 'Pieter Bakker', 'debt_relief'), aVote('ruben', 'Ruben Kramer', 'legal', { position: 'refuse' })];
    const api = fakeApi({
      'GET /api/cases/case-1': aCaseView(),
      'PUT /api/cases/case-1/votes/mine': aCaseView({
        deliberation: { hasVoted: true, votes: [...others, aVote('lotte', 'Lotte Visser', 'social_work')], comments: [], tally, conflicts: [] },
      }),
    });
    renderScreen(<PanelCasePage />, { path: '/panel/cases/case-1', pattern: '/panel/cases/:caseId' });

    expect(await screen.findByRole('heading', { name: 'Uw stem' })).toBeTruthy();
    expect(screen.getByText(/nadat u zelf heeft gestemd/)).toBeTruthy();
    expect(screen.queryByText('Pieter Bakker (Schuldhulpverlening)')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Stemmen van het panel' })).toBeNull();

    await chooseEveryLens(user);
    await user.click(screen.getByLabelText('Toekennen'));
    await user.type(screen.getByLabelText('Onderbouwing'), 'De gift voorkomt de ontruiming.');
    await user.click(screen.getByRole('button', { name: 'Stem uitbrengen' }));

    expect(await screen.findByRole('heading', { name: 'Stemmen van het panel' })).toBeTruthy();
    const sent = api.calls.find((c) => c.method === 'PUT')!.body as { position: string; criteria: Record<string, unknown> };
    expect(sent.position).toBe('grant');
    expect(sent.criteria.noAlternative).toEqual({ humanity: { assessment: 'met' }, rules: { assessment: 'met' } });
    const noAlternative = screen.getByRole('table', { name: 'Geen alternatief' });
    const pieter = within(noAlternative).getByRole('row', { name: /Pieter Bakker/ });
    expect(within(pieter).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Voldaan', 'Twijfel — Geen formele afwijzing.']);
    expect(screen.getByRole('heading', { name: 'Gesprek van het panel' })).toBeTruthy();
  });

  it('names each missing choice at its field and sends nothing', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /api/cases/case-1': aCaseView() });
    renderScreen(<PanelCasePage />, { path: '/panel/cases/case-1', pattern: '/panel/cases/:caseId' });
    await user.click(await screen.findByRole('button', { name: 'Stem uitbrengen' }));

    expect(await screen.findByRole('heading', { name: /punten om te verbeteren/ })).toBeTruthy();
    const position = screen.getByRole('group', { name: 'Uw standpunt' });
    expect(position.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(position.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe('Maak een keuze.');
    expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('lets a member revise their own vote until the decision, starting from what they voted', async () => {
    const user = userEvent.setup();
    const mine = aVote('lotte', 'Lotte Visser', 'social_work', { position: 'refuse', rationale: 'Eerst een betalingsregeling.' });
    const voted = aCaseView({ deliberation: { hasVoted: true, votes: [aVote('pieter', 'Pieter Bakker', 'debt_relief'), mine], comments: [], tally, conflicts: [] } });
    const api = fakeApi({
      'GET /api/me': { actor: mine.member, fund: { id: 'amsterdam-demo', name: 'Doorbraakfonds', settings: {}, organisations: [] } },
      'GET /api/cases/case-1': voted,
      'PUT /api/cases/case-1/votes/mine': voted,
    });
    renderScreen(<PanelCasePage />, { path: '/panel/cases/case-1', pattern: '/panel/cases/:caseId' });

    await user.click(await screen.findByRole('button', { name: 'Mijn stem wijzigen' }));
    expect(screen.getByRole('heading', { name: 'Uw stem wijzigen' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Afwijzen' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'Toekennen' }));
    await user.click(screen.getByRole('button', { name: 'Gewijzigde stem opslaan' }));

    const sent = api.calls.find((c) => c.method === 'PUT');
    expect(sent?.body).toMatchObject({ position: 'grant', rationale: 'Eerst een betalingsregeling.' });
    expect(await screen.findByRole('button', { name: 'Mijn stem wijzigen' })).toBeTruthy();
  });

  it('does not offer to declare a conflict again once it is declared', async () => {
    fakeApi({
      'GET /api/cases/case-1': aCaseView({
        deliberation: { hasVoted: false, votes: [], comments: [], tally: null, conflicts: [{ caseId: 'case-1', member: { userId: 'lotte', name: 'Lotte Visser', role: 'panel_member' }, reason: 'Ik ken de cliënt.', at: '2026-11-20T10:00:00.000Z' }] },
        actions: ['askQuestion', 'declareConflict'],
      }),
    });
    renderScreen(<PanelCasePage />, { path: '/panel/cases/case-1', pattern: '/panel/cases/:caseId' });
    expect(await screen.findByText(/Ik ken de cliënt/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Belangenverstrengeling melden' })).toBeNull();
  });

  it('offers no vote form to a member who may not vote on the case', async () => {
    fakeApi({ 'GET /api/cases/case-1': aCaseView({ actions: ['askQuestion'] }) });
    renderScreen(<PanelCasePage />, { path: '/panel/cases/case-1', pattern: '/panel/cases/:caseId' });
    expect(await screen.findByText(/U stemt niet over deze aanvraag/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stem uitbrengen' })).toBeNull();
  });
});
