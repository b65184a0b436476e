import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { seedDemo } from '../../functions/local/demo/seed.js';
import { actorOfUser } from '../../domain/people/user.schema.js';
import { demoUser } from '../../functions/local/demo/demo-funds.js';
import { createLocalIdentity, type LocalIdentity } from '../../functions/local/local-identity.js';
import { createLocalServer } from '../../functions/local/local-server.js';
import type { Store } from '../../functions/storage/store.js';
import { checkAnswer } from './contract.js';
import { testStore } from './test-store.js';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Client {
  get: <T = any>(path: string) => Promise<Answer<T>>;
  post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer<T>>;
  put: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer<T>>;
  patch: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer<T>>;
  send: (method: string, path: string, init?: { body?: string; headers?: Record<string, string> }) => Promise<Answer>;
}

export interface TestApi {
  url: string;
  store: Store;
  identity: LocalIdentity;
  /** A client acting as a demo user (by id), or with no token at all. */
  as: (userId?: string) => Promise<Client>;
  clientWithToken: (token: string | undefined) => Client;
  stop: () => Promise<void>;
}

/**
 * The API as `npm start` serves it, on a fresh table seeded with the demo data, over real HTTP:
 * the route table, the token check and the Lambda handlers themselves. Every answer is checked
 * against the OpenAPI document (`checkAnswer`): one the document does not declare fails the test.
 * With `webDir`, it serves that built web app at `/` too, as `npm start` serves web/dist.
 */
export async function startTestApi(options: { seed?: boolean; now?: Date; webDir?: string } = {}): Promise<TestApi> {
  const store = await testStore();
  if (options.seed !== false) await seedDemo(store, options.now ?? new Date());
  const identity = await createLocalIdentity();
  const server = createLocalServer({ store, identity, root: resolve(import.meta.dirname, '../..'), ...(options.webDir ? { webDir: options.webDir } : {}) });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const clientWithToken = (token: string | undefined): Client => {
    const send = async (method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) => {
      const response = await fetch(url + path, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
        ...(init.body !== undefined ? { body: init.body } : {}),
      });
      const text = await response.text();
      const isJson = response.headers.get('content-type')?.startsWith('application/json');
      const answer = { status: response.status, body: text && isJson ? JSON.parse(text) : text || undefined, headers: response.headers };
      // Every answer, as the OpenAPI document declares it for its route and status, or the test fails here.
      checkAnswer({ method, path, ...answer });
      return answer;
    };
    const withBody = (method: string) => (path: string, body?: unknown, headers: Record<string, string> = {}) =>
      send(method, path, {
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        headers: { 'content-type': 'application/json', ...headers },
      });
    return { get: (path) => send('GET', path), post: withBody('POST'), put: withBody('PUT'), patch: withBody('PATCH'), send };
  };

  return {
    url,
    store,
    identity,
    clientWithToken,
    as: async (userId) => {
      if (!userId) return clientWithToken(undefined);
      return clientWithToken(await identity.issue(actorOfUser(demoUser(userId))));
    },
    stop: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      store.db.destroy();
    },
  };
}
