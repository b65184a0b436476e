import { InMemoryWebStorage, WebStorageStateStore, type INavigator } from 'oidc-client-ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, callApi, configureApiClient } from '../../web/src/lib/api/api-client';
import { oidcAuthenticator, type OidcConfig } from '../../web/src/lib/auth/oidc-authenticator';

const issuer = 'https://idp.example';
const discovery = {
  issuer,
  authorization_endpoint: `${issuer}/oauth2/authorize`,
  token_endpoint: `${issuer}/oauth2/token`,
};
const config: OidcConfig = {
  issuer,
  clientId: 'web-client',
  redirectUri: 'https://fund.example/auth/callback',
  postLogoutRedirectUri: 'https://fund.example/',
};

const base64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
/** An unsigned ID token: the browser reads its claims, the API checks the signature. */
const idToken = (claims: Record<string, unknown>) =>
  `${base64Url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${base64Url(JSON.stringify({ iss: issuer, aud: 'web-client', sub: 'sanne', ...claims }))}.sig`;

async function s256(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return base64Url(String.fromCharCode(...digest));
}

/** One browser tab: its storage, where it was sent, and what the identity provider answers. */
function tab(options: { discovery?: Record<string, string>; refreshToken?: string } = {}) {
  const storage = new WebStorageStateStore({ store: new InMemoryWebStorage() });
  const sentTo: URL[] = [];
  const tokenRequests: URLSearchParams[] = [];
  let nonceToReturn: string | undefined;
  let issued = 0;
  const navigator: INavigator = {
    prepare: async () => ({
      navigate: async ({ url }) => {
        sentTo.push(new URL(url));
        return { url };
      },
      close: () => {},
    }),
    callback: async () => {},
  };
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith('/.well-known/openid-configuration')) return Response.json(options.discovery ?? discovery);
    const body = new URLSearchParams(String(init?.body));
    tokenRequests.push(body);
    issued += 1;
    return Response.json({
      id_token: idToken({ nonce: body.get('grant_type') === 'authorization_code' ? nonceToReturn : undefined, n: issued }),
      access_token: `access-${issued}`,
      token_type: 'Bearer',
      expires_in: 3600,
      ...(options.refreshToken ? { refresh_token: options.refreshToken } : {}),
    });
  });
  const authenticator = () => oidcAuthenticator(config, { userStore: storage, stateStore: storage, redirectNavigator: navigator });
  return {
    authenticator,
    sentTo,
    tokenRequests,
    /** The provider puts this nonce into the ID token (the one asked for, unless a test forges it). */
    returnNonce: (nonce: string | undefined) => void (nonceToReturn = nonce),
    storage,
  };
}

/** Signs in the way a user does: to the provider and back to the callback with a code. */
async function signIn(t: ReturnType<typeof tab>, auth = t.authenticator()) {
  await auth.restore();
  await auth.beginSignIn();
  const authorize = t.sentTo.at(-1)!;
  t.returnNonce(authorize.searchParams.get('nonce') ?? undefined);
  const callback = new URL(`${config.redirectUri}?code=the-code&state=${authorize.searchParams.get('state')}`);
  return { auth, authorize, completed: await auth.completeSignIn(callback) };
}

const HOUR = 3_600_000;

describe('the OpenID Connect sign-in (oidc-client-ts)', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T10:00:00Z') }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends the browser to the provider with an S256 challenge, a state and a nonce', async () => {
    const t = tab();
    const auth = t.authenticator();
    await auth.restore();
    await auth.beginSignIn();
    const url = t.sentTo[0]!;
    expect(url.origin + url.pathname).toBe(discovery.authorization_endpoint);
    expect(Object.fromEntries(['client_id', 'redirect_uri', 'response_type', 'code_challenge_method'].map((k) => [k, url.searchParams.get(k)]))).toEqual({
      client_id: 'web-client',
      redirect_uri: config.redirectUri,
      response_type: 'code',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('state')).toMatch(/.{16,}/);
    expect(url.searchParams.get('nonce')).toMatch(/^[0-9a-f]{48}$/);
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('completes the callback: the code is exchanged with the PKCE verifier, and the ID token is the bearer token', async () => {
    const t = tab();
    const { auth, authorize, completed } = await signIn(t);
    expect(completed).toBe(true);
    const exchange = t.tokenRequests[0]!;
    expect(exchange.get('grant_type')).toBe('authorization_code');
    expect(exchange.get('code')).toBe('the-code');
    expect(await s256(exchange.get('code_verifier')!)).toBe(authorize.searchParams.get('code_challenge'));
    expect(auth.token()).toMatch(/^ey/);
  });

  it('refuses an ID token without the nonce it asked for', async () => {
    const t = tab();
    const auth = t.authenticator();
    await auth.restore();
    await auth.beginSignIn();
    t.returnNonce('a-replayed-token');
    const state = t.sentTo[0]!.searchParams.get('state');
    expect(await auth.completeSignIn(new URL(`${config.redirectUri}?code=the-code&state=${state}`))).toBe(false);
    expect(auth.token()).toBeNull();
  });

  it('refuses a callback whose state it did not send', async () => {
    const t = tab();
    const auth = t.authenticator();
    await auth.restore();
    await auth.beginSignIn();
    expect(await auth.completeSignIn(new URL(`${config.redirectUri}?code=the-code&state=forged`))).toBe(false);
    expect(t.tokenRequests).toHaveLength(0);
    expect(auth.token()).toBeNull();
  });

  it('keeps the session for a reload of the tab while the token is valid', async () => {
    const t = tab();
    const { auth } = await signIn(t);
    const reloaded = t.authenticator();
    await reloaded.restore();
    expect(reloaded.token()).toBe(auth.token());
  });

  it('treats an expired user as signed out: no token is sent, and the app is told', async () => {
    const t = tab();
    const { auth } = await signIn(t);
    const told = vi.fn();
    auth.subscribe(told);
    vi.setSystemTime(Date.now() + 2 * HOUR);
    expect(auth.token()).toBeNull();
    await vi.waitFor(() => expect(told).toHaveBeenCalled());

    const reloaded = t.authenticator();
    await reloaded.restore();
    expect(reloaded.token()).toBeNull();
  });

  it('sends no API call with an expired token: the app goes back to the sign-in page instead', async () => {
    const t = tab();
    const { auth } = await signIn(t);
    const unauthorised = vi.fn();
    configureApiClient(() => auth.token(), unauthorised);
    const providerFetch = fetch;
    const apiCalls: string[] = [];
    vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
      if (String(input).includes('/api/')) apiCalls.push(String(input));
      return providerFetch(input, init);
    });
    vi.setSystemTime(Date.now() + 2 * HOUR);
    await expect(callApi('getMe')).rejects.toBeInstanceOf(ApiError);
    expect(apiCalls).toEqual([]);
    expect(unauthorised).toHaveBeenCalled();
  });

  it('renews an expired session with the refresh token on reload, instead of sending the user to sign in', async () => {
    const t = tab({ refreshToken: 'the-refresh-token' });
    const { auth } = await signIn(t);
    const first = auth.token();
    vi.setSystemTime(Date.now() + 2 * HOUR);
    const reloaded = t.authenticator();
    await reloaded.restore();
    expect(t.tokenRequests.at(-1)?.get('grant_type')).toBe('refresh_token');
    expect(t.tokenRequests.at(-1)?.get('refresh_token')).toBe('the-refresh-token');
    expect(reloaded.token()).toMatch(/^ey/);
    expect(reloaded.token()).not.toBe(first);
  });

  it('signs out at the provider: its end-session page with the ID token as hint, and the token is gone here', async () => {
    const t = tab({ discovery: { ...discovery, end_session_endpoint: `${issuer}/logout` } });
    const { auth } = await signIn(t);
    const idTokenHint = auth.token();
    await auth.signOut();
    const logout = t.sentTo.at(-1)!;
    expect(logout.origin + logout.pathname).toBe(`${issuer}/logout`);
    expect(logout.searchParams.get('id_token_hint')).toBe(idTokenHint);
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(config.postLogoutRedirectUri);
    expect(logout.searchParams.get('logout_uri')).toBe(config.postLogoutRedirectUri);
    expect(auth.token()).toBeNull();
  });

  it('signs out in the tab when the provider has no end-session page', async () => {
    const t = tab();
    const { auth } = await signIn(t);
    await auth.signOut();
    expect(auth.token()).toBeNull();
    expect(t.sentTo).toHaveLength(1);
  });
});
