import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFigures, sumFigures } from '../../domain/learning/figures.js';
import type { Actor } from '../../domain/people/actor.schema.js';
import { routes } from '../../functions/api/routes.js';
import { runScheduledJob } from '../../functions/jobs/scheduled-job.js';
import { getFigures } from '../../functions/learning/figures.repository.js';
import { store as handlerStore } from '../../functions/storage/store.js';
import { readItem } from '../../functions/storage/items.js';
import { keys } from '../../functions/storage/keys.js';
import { aGrant, aVote } from '../support/fixtures.js';
import { allItems, startProofApi, type Answer, type Call, type ProofApi } from './support/proof-api.js';
import { fixture, OWNER } from './support/scenarios.js';

/**
 * Races over real HTTP on DynamoDB Local. Whatever wins, every accepted change is stored exactly
 * once, the history has one event per accepted change, the losers get a clear 409 or 422, and the
 * fund's figures still equal a recomputation from the cases.
 */
let api: ProofApi;
beforeAll(async () => {
  api = await startProofApi();
}, 120_000);
afterAll(() => api.stop());

const year = new Date().getUTCFullYear();
const ROUNDS = 3;

const organisations = ['madi-zuid', 'buurtteam-noord', 'gemeente-wpi', 'woonstichting', 'ggd', 'juridisch-loket'];
const disciplines = ['debt_relief', 'income_benefits', 'social_work', 'housing', 'health_care', 'legal'];
const extraMember = (n: number): Actor => ({
  userId: `race-member-${n}`, name: `Panellid ${n}`, fundId: 'amsterdam-demo', role: 'panel_member',
  organisationId: organisations[n % organisations.length]!, discipline: disciplines[n % disciplines.length]!,
});
const secondManager: Actor = { userId: 'race-manager', name: 'Tweede Manager', fundId: 'amsterdam-demo', role: 'programme_manager', organisationId: 'gemeente-wpi' };

async function itemsOfCase(caseId: string) {
  return (await allItems(api.store)).filter((i) => i.PK === keys.casePartition(caseId));
}
const historyOf = async (caseId: string, type: string) => (await itemsOfCase(caseId)).filter((i) => i.entity === 'history' && i.type === type);

function expectOnlyClearRefusals(answers: Answer[]) {
  for (const a of answers.filter((x) => x.status >= 300)) {
    expect([409, 422], a.text).toContain(a.status);
    expect(a.body.error.code).toMatch(/\w/);
  }
}

async function expectFiguresEqualRecomputation() {
  const period = { from: `${year - 2}-01`, to: `${year + 1}-12` };
  for (const fundId of ['amsterdam-demo', 'jongeren-demo']) {
    const cases = (await allItems(api.store)).filter((i) => i.entity === 'case' && i.fundId === fundId).map(readItem.case);
    expect(await getFigures(api.store, fundId, period), `figures of ${fundId}`).toEqual(sumFigures(cases.map(caseFigures)));
  }
}

const at = (caseId: string, suffix: string) => `/api/cases/${caseId}${suffix}`;
const send = async (who: string | Actor, call: Call) => api.call(await api.tokenOf(who), call);

describe('races', () => {
  it('50 panel members voting at once: each accepted vote stored once, with one history event', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const f = await fixture(api, 'in_deliberation');
      const before = (await historyOf(f.caseId, 'vote_cast')).length;
      const tokens = await Promise.all(Array.from({ length: 50 }, (_, n) => api.tokenOf(extraMember(n))));
      const answers = await Promise.all(tokens.map((t) => api.call(t, { method: 'PUT', path: at(f.caseId, '/votes/mine'), body: aVote('grant') })));
      expectOnlyClearRefusals(answers);
      const accepted = answers.filter((a) => a.status === 200).length;
      expect(accepted, 'votes do not move the case, so none should lose').toBe(50);
      const votes = (await itemsOfCase(f.caseId)).filter((i) => i.entity === 'vote' && String(i.SK).startsWith(keys.vote(f.caseId, 'race-member-').SK));
      expect(votes).toHaveLength(accepted);
      expect((await historyOf(f.caseId, 'vote_cast')).length - before).toBe(accepted);
    }
    await expectFiguresEqualRecomputation();
  }, 120_000);

  it('the same vote sent twice at once is stored once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const f = await fixture(api, 'in_deliberation');
      const call = { method: 'PUT', path: at(f.caseId, '/votes/mine'), body: aVote('refuse', 'Geen doorbraak te verwachten hier.') };
      const answers = await Promise.all([send('kees', call), send('kees', call)]);
      expectOnlyClearRefusals(answers);
      const accepted = answers.filter((a) => a.status === 200).length;
      expect(accepted).toBeGreaterThanOrEqual(1);
      const kees = (await itemsOfCase(f.caseId)).filter((i) => i.SK === keys.vote(f.caseId, 'kees').SK);
      expect(kees).toHaveLength(1);
      expect(kees[0]!.revision).toBe(accepted);
      const events = (await itemsOfCase(f.caseId)).filter((i) => i.entity === 'history' && (i.by as { userId: string }).userId === 'kees');
      expect(events).toHaveLength(accepted);
    }
  }, 60_000);

  it('two managers deciding at once: one decision, one event', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const f = await fixture(api, 'in_deliberation');
      const answers = await Promise.all([
        send('marieke', { method: 'POST', path: at(f.caseId, '/decision'), body: aGrant(1_500_00) }),
        send(secondManager, { method: 'POST', path: at(f.caseId, '/decision'), body: { outcome: 'refused', reasoning: 'Er is een andere voorziening die dit betaalt.' } }),
      ]);
      expectOnlyClearRefusals(answers);
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      expect(await historyOf(f.caseId, 'decision_recorded')).toHaveLength(1);
      const stored = (await itemsOfCase(f.caseId)).find((i) => i.entity === 'case')!;
      const winner = answers.find((a) => a.status === 200)!.body.case;
      expect((stored.decision as { outcome: string }).outcome).toBe(winner.decision.outcome);
    }
    await expectFiguresEqualRecomputation();
  }, 60_000);

  it('a withdrawal racing a decision: exactly one of them happens', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const f = await fixture(api, 'in_deliberation');
      const answers = await Promise.all([
        send(OWNER, { method: 'POST', path: at(f.caseId, '/withdraw'), body: { reason: 'De cliënt is verhuisd naar familie.' } }),
        send('marieke', { method: 'POST', path: at(f.caseId, '/decision'), body: aGrant(1_500_00) }),
      ]);
      expectOnlyClearRefusals(answers);
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      const stored = (await itemsOfCase(f.caseId)).find((i) => i.entity === 'case')!;
      const [withdrawn, decided] = [await historyOf(f.caseId, 'withdrawn'), await historyOf(f.caseId, 'decision_recorded')];
      expect(withdrawn.length + decided.length).toBe(1);
      expect(stored.state).toBe(withdrawn.length ? 'withdrawn' : 'decided');
    }
    await expectFiguresEqualRecomputation();
  }, 60_000);

  it('the scheduled job twice at once, during user actions: each reminder written once, a third run finds nothing', async () => {
    const now = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const jobEvents = async () => (await allItems(api.store)).filter((i) => i.entity === 'history' && (i.by as { userId?: string } | undefined)?.userId === 'scheduler');
    const before = new Set((await jobEvents()).map((i) => `${i.PK}|${i.SK}`));
    const f = await fixture(api, 'in_deliberation');
    const [first, second, vote] = await Promise.all([
      runScheduledJob(api.store, now),
      runScheduledJob(api.store, now),
      send('kees', { method: 'PUT', path: at(f.caseId, '/votes/mine'), body: aVote() }),
    ]);
    expect(vote.status).toBe(200);
    expect(first.changed + second.changed, 'the demo has work due').toBeGreaterThan(0);
    const written = (await jobEvents()).filter((i) => !before.has(`${i.PK}|${i.SK}`));
    const perCaseAndType = new Map<string, number>();
    for (const e of written) perCaseAndType.set(`${e.PK}|${e.type}|${e.moment ?? ''}`, (perCaseAndType.get(`${e.PK}|${e.type}|${e.moment ?? ''}`) ?? 0) + 1);
    expect([...perCaseAndType].filter(([, n]) => n > 1), 'no reminder or closing written twice for one case').toEqual([]);
    expect((await runScheduledJob(api.store, now)).changed).toBe(0);
    await expectFiguresEqualRecomputation();
  }, 60_000);

  it.runIf('recordPayment' in routes)('two payments recorded at once never pay more than the grant', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const f = await fixture(api, 'in_deliberation');
      expect((await send('marieke', { method: 'POST', path: at(f.caseId, '/decision'), body: aGrant(1_000_00) })).status).toBe(200);
      const payment = (amountCents: number) => ({
        method: 'POST', path: at(f.caseId, '/payments'),
        body: { amountCents, paidOn: new Date().toISOString().slice(0, 10), payee: { kind: 'landlord', reference: 'Contract 12-B' } },
      });
      const answers = await Promise.all([send('marieke', payment(700_00)), send(secondManager, payment(600_00))]);
      expectOnlyClearRefusals(answers);
      const stored = (await itemsOfCase(f.caseId)).find((i) => i.entity === 'case')! as { payment?: { payments: { amountCents: number }[] } };
      const paid = (stored.payment?.payments ?? []).reduce((sum, p) => sum + p.amountCents, 0);
      expect(paid).toBeLessThanOrEqual(1_000_00);
      expect(stored.payment?.payments ?? []).toHaveLength(answers.filter((a) => a.status === 201).length);
    }
    await expectFiguresEqualRecomputation();
  }, 60_000);

  // The writer checks the budget again on the year's budget item, in the decision's transaction.
  it('two grants at once never take the year over its budget without an override', async () => {
    const [first, second] = [await fixture(api, 'in_deliberation'), await fixture(api, 'in_deliberation')];
    const budget = (await send('marieke', { method: 'GET', path: `/api/fund/budget?year=${year}` })).body;
    const settings = (await send('marieke', { method: 'GET', path: '/api/me' })).body.fund.settings;
    const tight = { ...settings, annualBudgetCents: budget.grantedCents + 1_500_00 };
    expect((await send('marieke', { method: 'PUT', path: '/api/fund/settings', body: tight })).status).toBe(200);
    // Both decisions read the budget before either writes: what a busy moment can do without the delay.
    handlerStore().db.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand') await new Promise((r) => setTimeout(r, 300));
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'raceDelay' },
    );
    try {
      const answers = await Promise.all([first, second].map((f) => send('marieke', { method: 'POST', path: at(f.caseId, '/decision'), body: aGrant(1_000_00) })));
      expectOnlyClearRefusals(answers);
      const after = (await send('marieke', { method: 'GET', path: `/api/fund/budget?year=${year}` })).body;
      expect(after.grantedCents).toBeLessThanOrEqual(tight.annualBudgetCents);
    } finally {
      handlerStore().db.middlewareStack.remove('raceDelay');
      await send('marieke', { method: 'PUT', path: '/api/fund/settings', body: settings });
    }
  }, 60_000);
});
