import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aGrant, aVote } from '../support/fixtures.js';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';
import { clientsOf, decided, inDeliberation, submitted } from './walk.js';

let api: TestApi;
let sanne: Client, marieke: Client, kees: Client, anouk: Client, ruben: Client;

beforeAll(async () => {
  api = await startTestApi();
  [sanne, marieke, kees, anouk, ruben] = await clientsOf(api, ['sanne', 'marieke', 'kees', 'anouk', 'ruben'] as const);
});
afterAll(() => api.stop());

const HOUR = 3_600_000;
const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

describe('the voting window over HTTP', () => {
  it('gives a normal request the fund’s normal window and an urgent one the short window', async () => {
    const normal = (await marieke.get(`/api/cases/${await inDeliberation(sanne, marieke, { clientRef: 'WIN-N' })}`)).body.case.deliberation;
    const urgentId = await inDeliberation(sanne, marieke, { clientRef: 'WIN-U', urgency: { urgent: true, hardDate: inTwoWeeks() } });
    const urgent = (await marieke.get(`/api/cases/${urgentId}`)).body.case.deliberation;
    expect(Date.parse(normal.deadline) - Date.parse(normal.openedAt)).toBe(168 * HOUR);
    expect(Date.parse(urgent.deadline) - Date.parse(urgent.openedAt)).toBe(48 * HOUR);
    expect(urgent.urgent).toBe(true);
  });

  it('moves the deadline later by exactly the time the question waited for its answer', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'WIN-Q' });
    const before = (await marieke.get(`/api/cases/${id}`)).body.case.deliberation.deadline;
    const asked = await kees.post(`/api/cases/${id}/questions`, { text: 'Is de verhuurder akkoord?' });
    expect(asked.body.case.deliberation.pausedSince).toBe(asked.body.questions[0].askedAt);
    const answered = await sanne.post(`/api/cases/${id}/questions/${asked.body.questions[0].id}/answer`, { text: 'Ja, per brief.' });
    expect(answered.status).toBe(200);
    const waited = Date.parse(answered.body.questions[0].answer.at) - Date.parse(answered.body.questions[0].askedAt);
    expect(Date.parse(answered.body.case.deliberation.deadline) - Date.parse(before)).toBe(waited);
    expect(answered.body.case.deliberation.pausedMs).toBe(waited);
  });
});

describe('the history tells who, when and why', () => {
  it('records the reason a request was screened out, by whom and when', async () => {
    const id = await submitted(sanne, { clientRef: 'HIST-OUT' });
    const answer = await marieke.post(`/api/cases/${id}/screening`, { outcome: 'out', reason: 'Eerst de regeling met het CJIB proberen.' });
    const entry = answer.body.history.at(-1);
    expect(entry).toMatchObject({
      type: 'screened_out', from: 'submitted', to: 'screened_out', reason: 'Eerst de regeling met het CJIB proberen.',
      by: { userId: 'marieke', role: 'programme_manager' },
    });
    expect(entry.at).toBe(answer.body.case.updatedAt);
  });

  it('lets the counsellor withdraw before the decision, with the reason, and not after', async () => {
    const open = await inDeliberation(sanne, marieke, { clientRef: 'HIST-WD' });
    const withdrawn = await sanne.post(`/api/cases/${open}/withdraw`, { reason: 'De schuldeiser scheldt de schuld kwijt.' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.history.at(-1)).toMatchObject({ type: 'withdrawn', from: 'in_deliberation', reason: 'De schuldeiser scheldt de schuld kwijt.', by: { userId: 'sanne' } });

    const done = await decided(sanne, marieke, [kees, anouk, ruben], { clientRef: 'HIST-DONE' });
    const late = await sanne.post(`/api/cases/${done}/withdraw`, { reason: 'Toch niet meer nodig.' });
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('invalid_transition');
  });

  it('records a vote set aside when its member declares a conflict, and a revised vote as a revision', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'HIST-VOTE' });
    await kees.put(`/api/cases/${id}/votes/mine`, aVote('grant'));
    await kees.put(`/api/cases/${id}/votes/mine`, aVote('refuse'));
    await anouk.put(`/api/cases/${id}/votes/mine`, aVote('grant'));
    await anouk.post(`/api/cases/${id}/conflicts`, { reason: 'Ik ken de familie.' });
    const seen = (await marieke.get(`/api/cases/${id}`)).body;
    expect(seen.history.slice(-5).map((h: { type: string; by: { userId: string } }) => `${h.type} ${h.by.userId}`)).toEqual([
      'vote_cast kees', 'vote_revised kees', 'vote_cast anouk', 'conflict_declared anouk', 'vote_set_aside anouk',
    ]);
    expect(seen.deliberation.votes.map((v: { member: { userId: string }; revision: number }) => [v.member.userId, v.revision])).toEqual([['kees', 2]]);
  });

  it('records a refusal with its reasoning and no amount', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'HIST-REFUSE' });
    for (const member of [kees, anouk, ruben]) await member.put(`/api/cases/${id}/votes/mine`, aVote('refuse'));
    const refusal = { outcome: 'refused', reasoning: 'Zonder vast inkomen ontstaat snel een nieuwe achterstand.' };
    const withAmount = await marieke.post(`/api/cases/${id}/decision`, { ...refusal, amountCents: 100_00 });
    expect(withAmount.status).toBe(422);
    expect(withAmount.body.error.reason).toBe('amount_on_refusal');
    const refused = await marieke.post(`/api/cases/${id}/decision`, refusal);
    expect(refused.status).toBe(200);
    expect(refused.body.case.decision).toMatchObject({ outcome: 'refused', reasoning: refusal.reasoning, tally: { counts: { refuse: 3 } } });
    expect(refused.body.case.decision.amountCents).toBeUndefined();
    const seen = (await sanne.get(`/api/cases/${id}`)).body;
    expect(seen.history.find((h: { type: string }) => h.type === 'decision_recorded')).toMatchObject({ reason: 'refused', by: { userId: 'marieke' } });
  });

  it('refuses a decision without quorum unless the manager gives a reason, then records it', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'HIST-QUORUM' });
    await kees.put(`/api/cases/${id}/votes/mine`, aVote());
    const refused = await marieke.post(`/api/cases/${id}/decision`, aGrant());
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ reason: 'quorum_not_reached', fields: [{ field: 'quorumOverride.reason' }] });
    const override = await marieke.post(`/api/cases/${id}/decision`, { ...aGrant(), quorumOverride: { reason: 'Afsluiting morgen; panel op vakantie.' } });
    expect(override.status).toBe(200);
    expect(override.body.case.decision.quorumOverride.reason).toBe('Afsluiting morgen; panel op vakantie.');
  });
});
