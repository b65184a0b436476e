import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseNumber } from '../../domain/case/case-number.js';
import { startLocalApp, type LocalApp } from '../../functions/local/local-app.js';
import { requestOf } from '../api/walk.js';
import { checkedFetch } from '../support/contract.js';

const root = resolve(import.meta.dirname, '../..');
const MAIL_PORT = 3261;
const baseOf = (app: LocalApp) => app.url.replace('localhost', '127.0.0.1');

interface StoredMail { destination: { to: string[] }; subject: string; body: { text?: string } }
const inbox = async (): Promise<StoredMail[]> => ((await (await checkedFetch(`http://127.0.0.1:${MAIL_PORT}/store`)).json()) as { emails: StoredMail[] }).emails;
const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

describe('npm start mails what the fund would send, to a local inbox', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startLocalApp({ root, port: 0, table: 'doorbraak-local-mail', seed: true, runJob: false, mail: { port: MAIL_PORT } });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('mails the managers, in Dutch, when a counsellor submits a request; and stops the inbox with the app', async () => {
    const signIn = await checkedFetch(`${baseOf(app)}/api/local/sign-in`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fundId: 'amsterdam-demo', userId: 'sanne' }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const call = (path: string, body?: unknown) => checkedFetch(`${baseOf(app)}${path}`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const created = await call('/api/cases', requestOf());
    expect(created.status).toBe(201);
    const caseId = ((await created.json()) as { case: { id: string } }).case.id;
    expect((await call(`/api/cases/${caseId}/submit`)).status).toBe(200);

    let mails: StoredMail[] = [];
    for (let tries = 0; tries < 60 && !mails.some((m) => m.subject.includes(caseNumber(caseId))); tries++) {
      await new Promise((r) => setTimeout(r, 500));
      mails = await inbox();
    }
    const mail = mails.find((m) => m.subject.includes(caseNumber(caseId)));
    expect(mail, JSON.stringify(mails)).toBeDefined();
    expect(mail!.destination.to).toEqual(['marieke@amsterdam-demo.doorbraak.example']);
    expect(mail!.subject).toBe(`Doorbraak: Nieuwe aanvraag ingediend — aanvraag ${caseNumber(caseId)}`);
    expect(mail!.body.text).toContain('Screen de aanvraag');
    expect(mail!.body.text).toContain(`${app.url}/manager/cases/${caseId}`);

    const pid = app.mail!.pid()!;
    expect(alive(pid)).toBe(true);
    await app.stop();
    expect(alive(pid)).toBe(false);
  }, 90_000);
});
