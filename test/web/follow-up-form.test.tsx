import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FollowUpForm } from '../../web/src/features/counsellor/components/follow-up-form';
import { renderScreen } from './support/render';

describe('the follow-up form', () => {
  it('sends the fixed form: breakthrough, every life domain, and the lesson', async () => {
    const user = userEvent.setup();
    const onReport = vi.fn(async () => undefined);
    renderScreen(<FollowUpForm moment={1} onReport={onReport} />);
    await user.click(screen.getByRole('group', { name: 'Is de doorbraak bereikt?' }).querySelector('input[value="partly"]')!);
    for (const domain of ['Wonen', 'Schulden', 'Inkomen', 'Werk of dagbesteding', 'Welzijn']) {
      await user.click(screen.getByRole('group', { name: domain }).querySelector('input[value="better"]')!);
    }
    await user.type(screen.getByLabelText('Wat is de les?'), 'Eerst de verhuurder bellen scheelt weken.');
    await user.click(screen.getByRole('button', { name: 'Opvolging versturen' }));
    expect(onReport).toHaveBeenCalledWith({
      breakthrough: 'partly',
      domains: { housing: 'better', debts: 'better', income: 'better', work: 'better', wellbeing: 'better' },
      lesson: 'Eerst de verhuurder bellen scheelt weken.',
    });
  });

  it('refuses an e-mail address in the lesson, at the field', async () => {
    const user = userEvent.setup();
    const onReport = vi.fn(async () => undefined);
    renderScreen(<FollowUpForm moment={1} onReport={onReport} />);
    await user.type(screen.getByLabelText('Wat is de les?'), 'Mail de cliënt op jan@example.nl voortaan.');
    await user.click(screen.getByRole('button', { name: 'Opvolging versturen' }));
    expect(screen.getByLabelText('Wat is de les?').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/Dit lijkt op een e-mailadres/).length).toBeGreaterThan(0);
    expect(onReport).not.toHaveBeenCalled();
  });
});
