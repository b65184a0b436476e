import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Tally } from '../../domain/deliberation/tally.schema';
import { DecisionForm } from '../../web/src/features/manager/components/decision-form';
import { ApiError } from '../../web/src/lib/api/api-client';
import { renderScreen } from './support/render';
import { aVote } from './support/views';

const tally = (reached: boolean): Tally => ({
  counts: { grant: 2, grant_with_conditions: 0, refuse: 1, abstain: 0 },
  countedVotes: 3,
  disciplines: ['debt_relief', 'social_work', 'legal'],
  quorum: { reached, votes: { have: 3, need: reached ? 3 : 4 }, disciplines: { have: 3, need: 3 } },
  leaning: 'grant',
  lensesApart: [],
});
const votes = [
  aVote('pieter', 'Pieter Bakker', 'debt_relief'),
  aVote('lotte', 'Lotte Visser', 'social_work'),
  aVote('ruben', 'Ruben Kramer', 'legal', { position: 'refuse' }),
];

describe('the decision form', () => {
  it('starts from the tally, names who dissented, and records dissent and the rule set aside', async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn(async () => undefined);
    renderScreen(<DecisionForm tally={tally(true)} votes={votes} requestedCents={200_000} onDecide={onDecide} />);

    expect((screen.getByLabelText('Toegekend') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Toegekend bedrag') as HTMLInputElement).value).toBe('2000');
    expect(screen.getByText(/Anders gestemd: Ruben Kramer \(Afwijzen\)/)).toBeTruthy();

    await user.type(screen.getByLabelText('Motivering'), 'De gift voorkomt de ontruiming van een gezin.');
    await user.type(screen.getByLabelText('Afwijkende mening'), 'Ruben ziet nog een betalingsregeling.');
    await user.click(screen.getByLabelText(/een regel opzijgezet/));
    await user.type(screen.getByLabelText('Welke regel'), 'Geen gift bij lopende schuldregeling');
    await user.type(screen.getByLabelText('Waarom'), 'De regeling kan alleen starten als de huur betaald is.');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));

    expect(onDecide).toHaveBeenCalledWith({
      outcome: 'granted',
      amountCents: 200_000,
      reasoning: 'De gift voorkomt de ontruiming van een gezin.',
      dissent: 'Ruben ziet nog een betalingsregeling.',
      ruleSetAside: { rule: 'Geen gift bij lopende schuldregeling', why: 'De regeling kan alleen starten als de huur betaald is.' },
    });
    expect(await screen.findByText('Het besluit is vastgelegd.')).toBeTruthy();
  });

  it('asks for a reason to decide without quorum', async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn(async () => undefined);
    renderScreen(<DecisionForm tally={tally(false)} votes={votes} requestedCents={200_000} onDecide={onDecide} />);
    await user.type(screen.getByLabelText('Motivering'), 'De gift voorkomt de ontruiming van een gezin.');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));

    const reason = screen.getByLabelText('Reden om zonder quorum te besluiten');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(onDecide).not.toHaveBeenCalled();
  });

  it("shows the API's refusal at the field it names", async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn(async () => {
      throw new ApiError(422, 'rule_violation', 'Some members voted otherwise: record their dissent.', [
        { field: 'dissent', reason: 'dissent_missing', message: 'Some members voted otherwise: record their dissent.' },
      ]);
    });
    renderScreen(<DecisionForm tally={tally(true)} votes={votes} requestedCents={200_000} onDecide={onDecide} />);
    await user.type(screen.getByLabelText('Motivering'), 'De gift voorkomt de ontruiming van een gezin.');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));

    expect(await screen.findByRole('link', { name: 'Afwijkende mening: Niet iedereen stemde zo: leg de afwijkende mening vast.' })).toBeTruthy();
    expect(screen.getByLabelText('Afwijkende mening').getAttribute('aria-invalid')).toBe('true');
  });
});
