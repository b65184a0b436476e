import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { withdrawInputSchema } from '../../domain/case/case.schema';
import { TextForm } from '../../web/src/lib/form/text-form';
import { renderScreen } from './support/render';

describe('a step that cannot be undone asks first', () => {
  it('withdrawing sends nothing until the counsellor confirms, and can be called off', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => undefined);
    renderScreen(
      <TextForm schema={withdrawInputSchema} field="reason" idPrefix="withdraw" label="Reden van intrekken" submitLabel="Aanvraag intrekken" done="De aanvraag is ingetrokken."
        confirm={{ question: 'Weet u het zeker?', yes: 'Ja, trek de aanvraag in' }} onSubmit={onSubmit} />,
    );
    await user.type(screen.getByLabelText('Reden van intrekken'), 'De verhuurder trof zelf een regeling.');
    await user.click(screen.getByRole('button', { name: 'Aanvraag intrekken' }));
    expect(screen.getByRole('group', { name: 'Weet u het zeker?' })).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Nee, terug' }));
    expect(screen.queryByRole('group', { name: 'Weet u het zeker?' })).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Aanvraag intrekken' }));
    await user.click(screen.getByRole('button', { name: 'Ja, trek de aanvraag in' }));
    expect(onSubmit).toHaveBeenCalledWith({ reason: 'De verhuurder trof zelf een regeling.' });
  });

  it('asks nothing while the reason is missing: the reason is asked for first', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => undefined);
    renderScreen(
      <TextForm schema={withdrawInputSchema} field="reason" idPrefix="withdraw" label="Reden van intrekken" submitLabel="Aanvraag intrekken" done="Klaar."
        confirm={{ question: 'Weet u het zeker?', yes: 'Ja' }} onSubmit={onSubmit} />,
    );
    await user.click(screen.getByRole('button', { name: 'Aanvraag intrekken' }));
    expect(screen.queryByRole('group', { name: 'Weet u het zeker?' })).toBeNull();
    expect(screen.getByLabelText('Reden van intrekken').getAttribute('aria-invalid')).toBe('true');
  });
});
