import { TOKEN_KEY, type LocalAuthenticator, type TokenStore } from './authenticator';

/** The local sign-in of `npm start`: pick a demo user, get a token signed by the local server. */
export function localAuthenticator(store: TokenStore, fetcher: typeof fetch = fetch): LocalAuthenticator {
  const forget = async () => store.remove(TOKEN_KEY);
  return {
    kind: 'local',
    restore: async () => {},
    token: () => store.get(TOKEN_KEY),
    signOut: forget,
    forget,
    // A local token changes only by signing in or out, which the caller does itself.
    subscribe: () => () => {},
    async signIn(fundId, userId) {
      const response = await fetcher('/api/local/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fundId, userId }),
      });
      if (!response.ok) throw new Error(`Sign-in refused (${response.status})`);
      const { token } = (await response.json()) as { token: string };
      store.set(TOKEN_KEY, token);
    },
  };
}
