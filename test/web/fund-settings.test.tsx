import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import FundSettingsPage from '../../web/src/features/manager/components/fund-settings-page';
import { demoFunds } from '../../functions/local/demo/demo-funds';
import { fakeApi, renderScreen } from './support/render';

const fund = demoFunds[0]!;
const me = { actor: { userId: 'marieke', name: 'Marieke', role: 'programme_manager', fundId: fund.id }, fund };

describe('the fund settings', () => {
  it("sends the fund's disciplines back as they are, and points to the people page where they are kept with their names", async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /api/me': me, 'PUT /api/fund/settings': (body: unknown) => ({ ...fund, settings: body }) });
    renderScreen(<FundSettingsPage />);
    const link = await screen.findByRole('link', { name: /disciplines van het panel/ });
    expect(link.getAttribute('href')).toBe('/manager/people');
    expect(screen.queryByRole('checkbox')).toBeNull();
    await user.clear(screen.getByLabelText('Bewaartermijn van verhalende tekst in maanden'));
    await user.type(screen.getByLabelText('Bewaartermijn van verhalende tekst in maanden'), '36');
    await user.click(screen.getByRole('button', { name: 'Instellingen bewaren' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    const saved = api.calls.find((c) => c.method === 'PUT')!.body as { disciplines: string[]; retentionMonths: number };
    expect(saved.disciplines).toEqual(fund.settings.disciplines);
    expect(saved.retentionMonths).toBe(36);
  });
});
