import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../functions/local/demo/demo-funds.js';
import { startLocalApp, type LocalApp } from '../../functions/local/local-app.js';
import { checkedFetch } from '../support/contract.js';

const root = resolve(import.meta.dirname, '../..');
const baseOf = (app: LocalApp) => app.url.replace('localhost', '127.0.0.1');

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('the local runtime, started as npm start does', () => {
  let app: LocalApp;
  // On disk, as npm start keeps it, so that a restart finds the same data.
  const dataDir = mkdtempSync(join(tmpdir(), 'doorbraak-local-'));
  beforeAll(async () => {
    app = await startLocalApp({ root, dataDir, port: 0, table: 'doorbraak-local-runtime', seed: true, runJob: false });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('listens on loopback only unless asked otherwise', () => {
    expect(app.url).toMatch(/^http:\/\/localhost:\d+$/);
  });

  it('lists only the enabled demo users for the sign-in page, without e-mail addresses', async () => {
    const funds = (await (await checkedFetch(`${baseOf(app)}/api/local/users`)).json()) as { users: Record<string, unknown>[] }[];
    const listed = funds.flatMap((f) => f.users);
    expect(listed.length).toBeGreaterThan(0);
    for (const user of listed) {
      expect(Object.keys(user).sort()).toEqual(expect.arrayContaining(['name', 'role', 'userId']));
      expect(user).not.toHaveProperty('email');
      expect(demoUsers.some((d) => d.userId === user.userId)).toBe(true);
      // Each with the name of their organisation, as the fund keeps it.
      expect(user.organisation, String(user.userId)).toEqual(expect.stringMatching(/\S/));
    }
    expect(JSON.stringify(funds)).not.toContain('@');
  });

  it('answers any sign-in body with 200, 400 or 401, never a 500 (over-long and odd ids included)', async () => {
    const id = fc.oneof(fc.string({ maxLength: 5000 }), fc.constantFrom('marieke', 'amsterdam-demo', ''), fc.string({ unit: 'grapheme', maxLength: 300 }));
    const body = fc.oneof(
      fc.record({ fundId: id, userId: id }).map((b) => JSON.stringify(b)),
      fc.string({ maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const answer = await checkedFetch(`${baseOf(app)}/api/local/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
        expect([200, 400, 401]).toContain(answer.status);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('notices when DynamoDB Local dies: 503 with Retry-After meanwhile, then serves again on the same data', async () => {
    const token = (await (await checkedFetch(`${baseOf(app)}/api/local/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fundId: 'amsterdam-demo', userId: 'sanne' }),
    }).then((r) => r.json())) as { token: string }).token;
    const cases = () => checkedFetch(`${baseOf(app)}/api/cases`, { headers: { authorization: `Bearer ${token}` } });
    const before = (await (await cases()).json()) as { items: unknown[] };

    process.kill(app.storePid()!, 'SIGKILL');
    await until(async () => app.storeState() === 'restarting', 5_000);

    const during = await cases();
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toBe('5');
    const health = await checkedFetch(`${baseOf(app)}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', store: 'restarting' });

    await until(async () => (await checkedFetch(`${baseOf(app)}/api/health`)).status === 200, 60_000);
    const after = await cases();
    expect(after.status).toBe(200);
    expect(((await after.json()) as { items: unknown[] }).items.length).toBe(before.items.length);
  }, 90_000);
});

describe('the local runtime on another address than loopback', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startLocalApp({ root, port: 0, host: '0.0.0.0', table: 'doorbraak-local-open', seed: false, runJob: false });
  }, 60_000);
  afterAll(() => app?.stop());

  it('refuses the password-less demo sign-in unless it is explicitly allowed', async () => {
    const base = app.url.replace('0.0.0.0', '127.0.0.1');
    const users = await checkedFetch(`${base}/api/local/users`);
    expect(users.status).toBe(403);
    expect(await users.json()).toMatchObject({ error: { code: 'demo_sign_in_disabled' } });
    const signIn = await checkedFetch(`${base}/api/local/sign-in`, { method: 'POST', body: JSON.stringify({ fundId: 'amsterdam-demo', userId: 'marieke' }) });
    expect(signIn.status).toBe(403);
  });
});
