import type { Authenticator } from '../lib/auth/authenticator';
import { sessionTokenStore } from '../lib/auth/authenticator';
import { localAuthenticator } from '../lib/auth/local-authenticator';
import type { AppConfig } from '../lib/config';

/**
 * The sign-in the configuration asks for: `VITE_AUTH=oidc` with issuer and client id, else local.
 * The OpenID Connect code is downloaded only when it is configured: the local first visit skips it.
 */
export async function authenticatorOf(config: AppConfig): Promise<Authenticator> {
  if (config.VITE_AUTH === 'local') return localAuthenticator(sessionTokenStore());
  const { oidcAuthenticator } = await import('../lib/auth/oidc-authenticator');
  return oidcAuthenticator({
    issuer: config.VITE_OIDC_ISSUER,
    clientId: config.VITE_OIDC_CLIENT_ID,
    redirectUri: `${window.location.origin}/auth/callback`,
    postLogoutRedirectUri: `${window.location.origin}/`,
    ...(config.VITE_OIDC_SCOPE ? { scope: config.VITE_OIDC_SCOPE } : {}),
    ...(config.VITE_OIDC_END_SESSION_ENDPOINT ? { endSessionEndpoint: config.VITE_OIDC_END_SESSION_ENDPOINT } : {}),
  });
}
