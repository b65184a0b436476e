import type { INavigator, StateStore, User, UserManager } from 'oidc-client-ts';
import type { OidcAuthenticator } from './authenticator';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Where the identity provider sends the browser back, e.g. `https://fund.example/auth/callback`. */
  redirectUri: string;
  /** Where the provider sends the browser after signing out, e.g. `https://fund.example/`. */
  postLogoutRedirectUri: string;
  scope?: string;
  /**
   * The provider's sign-out page, for a provider whose discovery document names none (Cognito's
   * `/logout` on its hosted domain). Without it and without one in discovery, signing out is local.
   */
  endSessionEndpoint?: string;
}

/** What a test replaces: where the session and the pending sign-in are kept, and how the browser is sent away. */
export interface OidcEnvironment {
  userStore?: StateStore;
  stateStore?: StateStore;
  redirectNavigator?: INavigator;
}

/** A random value for the ID token's `nonce`: the token must come back with it, so a replayed token is refused. */
const randomNonce = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(24)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * OpenID Connect with oidc-client-ts: authorization code with PKCE for a public client (no secret in
 * the browser), a nonce in the ID token, renewal with the refresh token before the tokens expire,
 * and sign-out at the provider. The API gets the ID token: Cognito puts the custom
 * fund/organisation/discipline claims there. The library is loaded only when OIDC is configured, so
 * the local runtime's first visit does not download it.
 */
export function oidcAuthenticator(config: OidcConfig, environment: OidcEnvironment = {}): OidcAuthenticator {
  let user: User | null = null;
  const listeners = new Set<() => void>();
  const changed = (next: User | null) => {
    user = next;
    for (const listener of listeners) listener();
  };

  let manager: Promise<UserManager> | undefined;
  const managerOf = () =>
    (manager ??= import('oidc-client-ts').then(({ UserManager, WebStorageStateStore }) => {
      // The tab's session storage, as the local sign-in: closing the tab signs out.
      const tabStorage = () => new WebStorageStateStore({ store: window.sessionStorage });
      const userManager = new UserManager(
        {
          authority: config.issuer,
          client_id: config.clientId,
          redirect_uri: config.redirectUri,
          post_logout_redirect_uri: config.postLogoutRedirectUri,
          response_type: 'code',
          scope: config.scope ?? 'openid profile',
          userStore: environment.userStore ?? tabStorage(),
          stateStore: environment.stateStore ?? tabStorage(),
          // Before the tokens expire, renew them with the refresh token (no hidden iframe).
          automaticSilentRenew: true,
          // The claims the API needs are in the ID token; no extra userinfo round trip.
          loadUserInfo: false,
          ...(config.endSessionEndpoint ? { metadataSeed: { end_session_endpoint: config.endSessionEndpoint } } : {}),
        },
        environment.redirectNavigator,
      );
      // Raised on sign-in and on every renewal: the new tokens are used from the next call on.
      userManager.events.addUserLoaded(changed);
      userManager.events.addUserUnloaded(() => changed(null));
      // Renewal failed and the tokens ran out: signed out, the sign-in page comes back.
      userManager.events.addAccessTokenExpired(() => void userManager.removeUser());
      return userManager;
    }));

  /** The ID token of a user whose tokens have not expired; null otherwise. */
  const idTokenOf = (candidate: User | null): string | null =>
    candidate && candidate.expired !== true && candidate.id_token ? candidate.id_token : null;

  return {
    kind: 'oidc',
    async restore() {
      const userManager = await managerOf();
      const stored = await userManager.getUser();
      if (idTokenOf(stored)) return void (user = stored);
      if (stored?.refresh_token) {
        // Expired while the tab slept: one renewal with the refresh token, else sign in again.
        const renewed = await userManager.signinSilent().catch(() => null);
        if (idTokenOf(renewed)) return void (user = renewed);
      }
      if (stored) await userManager.removeUser();
      user = null;
    },
    token() {
      const token = idTokenOf(user);
      if (token) return token;
      // Never send an expired token: drop it, so the app shows the sign-in page.
      if (user !== null) void managerOf().then((userManager) => userManager.removeUser());
      return null;
    },
    async signOut() {
      const userManager = await managerOf();
      try {
        // Removes the user here, then sends the browser to the provider's end-session page. Cognito
        // wants `logout_uri` where the standard says `post_logout_redirect_uri`: send both.
        await userManager.signoutRedirect({ extraQueryParams: { logout_uri: config.postLogoutRedirectUri } });
      } catch {
        // The provider has no end-session page: the session ends in this tab only.
        await userManager.removeUser();
      }
    },
    async forget() {
      await (await managerOf()).removeUser();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async beginSignIn() {
      await (await managerOf()).signinRedirect({ nonce: randomNonce() });
    },
    async completeSignIn(callback) {
      try {
        // Checks state, PKCE and nonce; the user-loaded event above makes the new user current.
        await (await managerOf()).signinRedirectCallback(callback.href);
        return true;
      } catch {
        return false;
      }
    },
  };
}
