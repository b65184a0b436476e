import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Tally } from '../../domain/deliberation/tally.schema';
import { DecisionForm } from '../../web/src/features/manager/components/decision-form';
import { ApiError } from '../../web/src/lib/api/api-client';
import { renderScreen } from './support/render';
import { aVote } from './support/views';

const tally: Tally = {
  counts: { grant: 3, grant_with_conditions: 0, refuse: 0, abstain: 0 },
  countedVotes: 3,
  disciplines: ['debt_relief', 'social_work', 'legal'],
  quorum: { reached: true, votes: { have: 3, need: 3 }, disciplines: { have: 3, need: 3 } },
  leaning: 'grant',
  lensesApart: [],
};
const votes = [aVote('pieter', 'Pieter Bakker', 'debt_relief'), aVote('lotte', 'Lotte Visser', 'social_work'), aVote('ruben', 'Ruben Kramer', 'legal')];
const english = 'The grant is above the fund’s maximum per request.';

async function decide(onDecide: () => Promise<void>, amount?: string) {
  const user = userEvent.setup();
  renderScreen(<DecisionForm tally={tally} votes={votes} requestedCents={6_000_00} onDecide={onDecide} />);
  if (amount !== undefined) {
    await user.clear(screen.getByLabelText('Toegekend bedrag'));
    await user.type(screen.getByLabelText('Toegekend bedrag'), amount);
  }
  await user.type(screen.getByLabelText('Motivering'), 'De gift voorkomt de ontruiming van een gezin.');
  await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
}

describe('a refusal by the API on a Dutch screen', () => {
  it('shows the Dutch text of its code with the maximum in euros, at the field, never the English message', async () => {
    const onDecide = vi.fn(async () => {
      throw new ApiError(422, 'rule_violation', english, [{ field: 'amountCents', reason: 'over_maximum', params: { maxCents: 5_000_00 }, message: english }], 'over_maximum', { maxCents: 5_000_00 });
    });
    await decide(onDecide);

    // Intl puts a non-breaking space after the euro sign.
    expect(await screen.findByRole('link', { name: /^Toegekend bedrag: Het fonds geeft hoogstens €\s5\.000,00 per aanvraag\.$/ })).toBeTruthy();
    expect(screen.getByLabelText('Toegekend bedrag').getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).not.toContain(english);
  });

  it('shows the Dutch text of a refusal that names no field, with the state', async () => {
    const message = 'Cannot decide a case that is withdrawn.';
    const onDecide = vi.fn(async () => {
      throw new ApiError(422, 'invalid_transition', message, [], 'invalid_transition', { state: 'withdrawn' });
    });
    await decide(onDecide);

    expect(await screen.findAllByText('Dit kan niet bij een aanvraag met de status ‘Ingetrokken’.')).not.toHaveLength(0);
    expect(document.body.textContent).not.toContain(message);
  });
});

describe('the limits the browser knows', () => {
  it('refuses a grant above what was asked before sending, in the words of its code', async () => {
    const onDecide = vi.fn(async () => undefined);
    await decide(onDecide, '6500');

    expect(await screen.findByRole('link', { name: /^Toegekend bedrag: De gift kan niet hoger zijn dan het gevraagde bedrag \(€\s6\.000,00\)\.$/ })).toBeTruthy();
    expect(onDecide).not.toHaveBeenCalled();
  });
});
