import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import FundSettingsPage from '../../web/src/features/manager/components/fund-settings-page';
import { demoFunds } from '../../functions/local/demo/demo-funds';
import { fakeApi, renderScreen } from './support/render';

const fund = demoFunds[0]!;
const me = { actor: { userId: 'marieke', name: 'Marieke', role: 'programme_manager', fundId: fund.id }, fund };

describe('the fund settings', () => {
  it('lists the disciplines by their names, chosen as the fund has them, and saves the codes', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /api/me': me, 'PUT /api/fund/settings': (body: unknown) => ({ ...fund, settings: body }) });
    renderScreen(<FundSettingsPage />);
    const housing = await screen.findByRole('checkbox', { name: 'Wonen' });
    expect((housing as HTMLInputElement).checked).toBe(fund.settings.disciplines.includes('housing'));
    expect(screen.queryByText('debt_relief')).toBeNull();
    const education = screen.getByRole('checkbox', { name: 'Onderwijs' });
    await user.click(education);
    await user.click(screen.getByRole('button', { name: 'Instellingen bewaren' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    const saved = api.calls.find((c) => c.method === 'PUT')!.body as { disciplines: string[] };
    expect(saved.disciplines).toEqual(fund.settings.disciplines.includes('education') ? fund.settings.disciplines.filter((d) => d !== 'education') : [...fund.settings.disciplines, 'education']);
  });
});
