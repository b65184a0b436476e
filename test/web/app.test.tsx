import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../web/src/app/app';
import { localAuthenticator } from '../../web/src/lib/auth/local-authenticator';
import { sessionTokenStore } from '../../web/src/lib/auth/authenticator';
import { fakeApi } from './support/render';

describe('the app', () => {
  it('sends a visitor who is not signed in to the sign-in page with the demo users', async () => {
    fakeApi({
      'GET /api/local/users': [{ fund: { id: 'f', name: 'Demo fund' }, users: [{ userId: 'sanne', name: 'Sanne de Vries', role: 'counsellor' }] }],
    });
    render(<App authenticator={localAuthenticator(sessionTokenStore())} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /Sanne de Vries/ })).toBeTruthy();
  });
});
