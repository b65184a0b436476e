/**
 * How the web app gets a bearer token for the API. Which implementation runs is chosen by
 * configuration (`VITE_AUTH`): the local sign-in of `npm start`, or OpenID Connect with PKCE
 * (Cognito's hosted sign-in on AWS). Who the user is comes from `GET /api/me` in both cases.
 */
export interface BaseAuthenticator {
  /** Reads a stored session, once before the first render. */
  restore(): Promise<void>;
  /** The bearer token for API calls; null when nobody is signed in or the token has expired. */
  token(): string | null;
  /** The user signs out: the session ends here and, where there is one, at the identity provider. */
  signOut(): Promise<void>;
  /** The API refused the token (401): drop it here, so the user signs in again. */
  forget(): Promise<void>;
  /** Called when being signed in changes by itself (a token renewed or expired); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface LocalAuthenticator extends BaseAuthenticator {
  readonly kind: 'local';
  signIn(fundId: string, userId: string): Promise<void>;
}

export interface OidcAuthenticator extends BaseAuthenticator {
  readonly kind: 'oidc';
  /** Sends the browser to the identity provider's sign-in page. */
  beginSignIn(): Promise<void>;
  /** On the redirect back: exchanges the code for tokens. False when the URL is no valid callback. */
  completeSignIn(callback: URL): Promise<boolean>;
}

export type Authenticator = LocalAuthenticator | OidcAuthenticator;

/** Where a token is kept: the tab's session storage, so closing the tab signs out. */
export interface TokenStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export const sessionTokenStore = (): TokenStore => ({
  get: (key) => window.sessionStorage.getItem(key),
  set: (key, value) => window.sessionStorage.setItem(key, value),
  remove: (key) => window.sessionStorage.removeItem(key),
});

export const TOKEN_KEY = 'doorbraak.token';
