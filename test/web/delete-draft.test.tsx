import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DeleteDraft } from '../../web/src/features/counsellor/components/delete-draft';
import { fakeApi, renderScreen } from './support/render';

describe('deleting a draft', () => {
  it('asks first, deletes only on the second click, then goes back to the case list', async () => {
    const user = userEvent.setup();
    const { calls } = fakeApi({ 'DELETE /api/cases/case-1': { id: 'case-1', deleted: true } });
    renderScreen(<DeleteDraft caseId="case-1" />, { path: '/counsellor/cases/case-1', pattern: '/counsellor/cases/:caseId' });

    await user.click(screen.getByRole('button', { name: 'Concept verwijderen' }));
    expect(calls).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Niet verwijderen' }));
    expect(screen.queryByRole('button', { name: 'Ja, verwijder dit concept' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Concept verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verwijder dit concept' }));
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['DELETE /api/cases/case-1']);
  });
});
