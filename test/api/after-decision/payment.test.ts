import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aGrant, aRequest, aVote } from '../../support/fixtures.js';
import { startTestApi, type Client, type TestApi } from '../../support/test-api.js';
import { aPayment, decidedCase } from './walk.js';

let api: TestApi;
let marieke: Client, sanne: Client, daan: Client;

beforeAll(async () => {
  api = await startTestApi();
  marieke = await api.as('marieke');
  sanne = await api.as('sanne');
  daan = await api.as('daan');
});
afterAll(() => api.stop());

const budget = async (amountCents?: number) =>
  (await marieke.get(`/api/fund/budget${amountCents ? `?amountCents=${amountCents}` : ''}`)).body;

describe('payment of a grant, over HTTP', () => {
  it('records partial payments, moves the case to follow-up when paid in full, and keeps the budget up to date', async () => {
    const before = await budget();
    const id = await decidedCase(api, 'PAY-1');
    expect((await budget()).grantedCents).toBe(before.grantedCents + 1_800_00);

    const partly = await marieke.post(`/api/cases/${id}/payments`, aPayment(1_000_00));
    expect(partly.status).toBe(201);
    expect(partly.body.case).toMatchObject({ state: 'paid', payment: { paidCents: 1_000_00 } });
    expect(partly.body.actions).toContain('recordPayment');

    const rest = await marieke.post(`/api/cases/${id}/payments`, aPayment(800_00));
    expect(rest.body.case.state).toBe('follow_up');
    expect(rest.body.case.followUp.moments).toHaveLength(2);
    expect(rest.body.history.map((h: { type: string }) => h.type).slice(-3)).toEqual(['payment_recorded', 'payment_recorded', 'follow_up_started']);
    expect((await budget()).paidCents).toBe(before.paidCents + 1_800_00);
  });

  it('refuses a payment over the granted amount with a 422 naming the field', async () => {
    const id = await decidedCase(api, 'PAY-2');
    const over = await marieke.post(`/api/cases/${id}/payments`, aPayment(1_800_01));
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({ reason: 'over_granted', fields: [{ field: 'amountCents' }] });
    const bad = await marieke.post(`/api/cases/${id}/payments`, { ...aPayment(100_00), paidOn: 'gisteren' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('body.paidOn');
  });

  it('is for the programme manager of the case’s own fund', async () => {
    const id = await decidedCase(api, 'PAY-3');
    expect((await sanne.post(`/api/cases/${id}/payments`, aPayment(100_00))).status).toBe(403);
    expect((await daan.post(`/api/cases/${id}/payments`, aPayment(100_00))).status).toBe(404);
    expect((await daan.get('/api/fund/budget')).body.grantedCents).toBe(0);
    expect((await sanne.get('/api/fund/budget')).status).toBe(403);
  });
});

describe('the budget and the decision', () => {
  it('shows what is left after a grant, and needs an override with a reason to grant over it', async () => {
    const now = await budget(2_000_00);
    expect(now.afterGrantCents).toBe(now.remainingCents - 2_000_00);

    const me = (await marieke.get('/api/me')).body;
    const tight = { ...me.fund.settings, annualBudgetCents: now.grantedCents + 1_000_00 };
    expect((await marieke.put('/api/fund/settings', tight)).status).toBe(200);
    expect((await budget(2_000_00)).afterGrantCents).toBe(-1_000_00);

    const id: string = (await sanne.post('/api/cases', aRequest({ clientRef: 'PAY-4' }))).body.case.id;
    await sanne.post(`/api/cases/${id}/submit`);
    await marieke.post(`/api/cases/${id}/screening`, { outcome: 'in' });
    await marieke.post(`/api/cases/${id}/deliberation`);
    for (const member of ['pieter', 'kees', 'anouk']) await (await api.as(member)).put(`/api/cases/${id}/votes/mine`, aVote());
    const over = await marieke.post(`/api/cases/${id}/decision`, aGrant(2_000_00));
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({ reason: 'over_budget', fields: [{ field: 'budgetOverride.reason' }] });
    const overridden = await marieke.post(`/api/cases/${id}/decision`, {
      ...aGrant(2_000_00), budgetOverride: { reason: 'Ontruiming dreigt; het fonds vult in januari aan.' },
    });
    expect(overridden.status).toBe(200);
    expect((await budget()).remainingCents).toBe(-1_000_00);
    await marieke.put('/api/fund/settings', me.fund.settings);
  });
});
