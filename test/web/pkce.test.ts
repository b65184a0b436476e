import { describe, expect, it } from 'vitest';
import { TOKEN_KEY, type TokenStore } from '../../web/src/lib/auth/authenticator';
import { oidcAuthenticator } from '../../web/src/lib/auth/oidc-authenticator';
import { base64Url, codeChallengeOf, createCodeVerifier } from '../../web/src/lib/auth/pkce';

const memoryStore = (): TokenStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v), remove: (k) => void data.delete(k) };
};

const discovery = { authorization_endpoint: 'https://idp.example/oauth2/authorize', token_endpoint: 'https://idp.example/oauth2/token' };
const config = { issuer: 'https://idp.example', clientId: 'web-client', redirectUri: 'https://fund.example/auth/callback' };

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636, appendix B', async () => {
    expect(await codeChallengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers of 64 unreserved characters that differ each time', () => {
    const a = createCodeVerifier();
    expect(a).toMatch(/^[A-Za-z0-9._~-]{64}$/);
    expect(createCodeVerifier()).not.toBe(a);
  });

  it('encodes base64url without padding', () => {
    expect(base64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
    expect(base64Url(new Uint8Array([1]))).toBe('AQ');
  });
});

describe('the OpenID Connect sign-in', () => {
  const fakeFetch = (tokens: unknown, seen: { body?: string }[] = []) =>
    (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      if (url.endsWith('/.well-known/openid-configuration')) return new Response(JSON.stringify(discovery));
      seen.push({ body: String(init?.body) });
      return new Response(JSON.stringify(tokens), { status: 200 });
    }) as typeof fetch;

  it('sends the browser to the provider with an S256 challenge of the verifier it keeps', async () => {
    const store = memoryStore();
    let went = '';
    await oidcAuthenticator(config, store, (url) => (went = url), fakeFetch({})).beginSignIn();
    const url = new URL(went);
    expect(url.origin + url.pathname).toBe(discovery.authorization_endpoint);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('client_id')).toBe('web-client');
    const pending = JSON.parse(store.data.get('doorbraak.oidc.pending')!) as { verifier: string; state: string };
    expect(url.searchParams.get('state')).toBe(pending.state);
    expect(url.searchParams.get('code_challenge')).toBe(await codeChallengeOf(pending.verifier));
  });

  it('exchanges the code with the verifier and keeps the ID token', async () => {
    const store = memoryStore();
    const seen: { body?: string }[] = [];
    const auth = oidcAuthenticator(config, store, () => {}, fakeFetch({ id_token: 'id.jwt', access_token: 'access.jwt' }, seen));
    store.set('doorbraak.oidc.pending', JSON.stringify({ verifier: 'v'.repeat(64), state: 'abc' }));
    expect(await auth.completeSignIn(new URL('https://fund.example/auth/callback?code=the-code&state=abc'))).toBe(true);
    const body = new URLSearchParams(seen[0]!.body);
    expect(body.get('code_verifier')).toBe('v'.repeat(64));
    expect(body.get('grant_type')).toBe('authorization_code');
    expect(store.get(TOKEN_KEY)).toBe('id.jwt');
  });

  it('refuses a callback whose state is not the one it sent', async () => {
    const store = memoryStore();
    const auth = oidcAuthenticator(config, store, () => {}, fakeFetch({ id_token: 'id.jwt' }));
    store.set('doorbraak.oidc.pending', JSON.stringify({ verifier: 'v'.repeat(64), state: 'abc' }));
    expect(await auth.completeSignIn(new URL('https://fund.example/auth/callback?code=the-code&state=forged'))).toBe(false);
    expect(store.get(TOKEN_KEY)).toBeNull();
  });
});
