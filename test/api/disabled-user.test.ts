import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeList } from '../../functions/api/routes.js';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';
import { checkedFetch } from '../support/contract.js';

let api: TestApi;
let marieke: Client, youssef: Client;

beforeAll(async () => {
  api = await startTestApi();
  marieke = await api.as('marieke');
  youssef = await api.as('youssef');
});
afterAll(() => api.stop());

/** Every route that needs a token, with a well-formed id in each path parameter: the identity check comes first. */
const signedInRoutes = routeList.filter((route) => route.roles !== 'public');
const pathOf = (path: string) => path.replace(/\{[^}]+\}/g, 'some-id');

describe('a disabled user can do nothing, with the token they already have', () => {
  it('refuses the counsellor on every route once the manager has disabled them', async () => {
    expect((await youssef.get('/api/me')).status).toBe(200);
    expect((await marieke.post('/api/users/youssef/disable')).status).toBe(200);

    for (const route of signedInRoutes) {
      const answer = await youssef.send(route.method, pathOf(route.path), {
        body: route.method === 'GET' ? undefined : '{}',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'a-key-of-sufficient-length-0001' },
      });
      expect({ route: route.operationId, status: answer.status, reason: answer.body?.error?.reason }).toEqual({
        route: route.operationId, status: 401, reason: 'user_disabled',
      });
    }
    expect(signedInRoutes.length).toBeGreaterThan(30);
  });

  it('still serves everyone else of the fund', async () => {
    expect((await marieke.get('/api/me')).status).toBe(200);
    expect((await (await api.as('sanne')).get('/api/me')).status).toBe(200);
  });

  it('gives out tokens that live no longer than the API accepts', async () => {
    const session = (await checkedFetch(`${api.url}/api/local/sign-in`, {
      method: 'POST', body: JSON.stringify({ fundId: 'amsterdam-demo', userId: 'sanne' }),
    }).then((r) => r.json())) as { token: string };
    const jwt = session.token;
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as { iat: number; exp: number };
    expect(payload.exp - payload.iat).toBe(3600);
  });
});
