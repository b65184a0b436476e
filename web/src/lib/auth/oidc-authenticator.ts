import { TOKEN_KEY, type OidcAuthenticator, type TokenStore } from './authenticator';
import { codeChallengeOf, createCodeVerifier, createState } from './pkce';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Where the identity provider sends the browser back, e.g. `https://fund.example/auth/callback`. */
  redirectUri: string;
  scope?: string;
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

const PENDING_KEY = 'doorbraak.oidc.pending';

/**
 * OpenID Connect, authorization code flow with PKCE, for a public client (no secret in the browser).
 * The API gets the ID token: Cognito puts the custom fund/organisation/discipline claims there.
 */
export function oidcAuthenticator(
  config: OidcConfig,
  store: TokenStore,
  navigate: (url: string) => void = (url) => window.location.assign(url),
  fetcher: typeof fetch = (...args) => fetch(...args),
): OidcAuthenticator {
  let discovery: Promise<Discovery> | undefined;
  const discover = () =>
    (discovery ??= fetcher(`${config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`).then(async (r) => {
      if (!r.ok) throw new Error(`OpenID discovery failed (${r.status})`);
      return (await r.json()) as Discovery;
    }));

  return {
    kind: 'oidc',
    token: () => store.get(TOKEN_KEY),
    signOut: () => store.remove(TOKEN_KEY),
    async beginSignIn() {
      const { authorization_endpoint } = await discover();
      const verifier = createCodeVerifier();
      const state = createState();
      store.set(PENDING_KEY, JSON.stringify({ verifier, state }));
      const url = new URL(authorization_endpoint);
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: config.clientId,
        redirect_uri: config.redirectUri,
        scope: config.scope ?? 'openid profile',
        state,
        code_challenge: await codeChallengeOf(verifier),
        code_challenge_method: 'S256',
      }).toString();
      navigate(url.toString());
    },
    async completeSignIn(callback) {
      const code = callback.searchParams.get('code');
      const pending = store.get(PENDING_KEY);
      store.remove(PENDING_KEY);
      if (!code || !pending) return false;
      const { verifier, state } = JSON.parse(pending) as { verifier: string; state: string };
      if (callback.searchParams.get('state') !== state) return false;
      const { token_endpoint } = await discover();
      const response = await fetcher(token_endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: config.clientId,
          code,
          redirect_uri: config.redirectUri,
          code_verifier: verifier,
        }).toString(),
      });
      if (!response.ok) return false;
      const tokens = (await response.json()) as { id_token?: string };
      if (!tokens.id_token) return false;
      store.set(TOKEN_KEY, tokens.id_token);
      return true;
    },
  };
}
