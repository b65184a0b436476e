import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aGrant, aRequest, aVote } from '../support/fixtures.js';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';

let api: TestApi;
let sanne: Client, marieke: Client, pieter: Client, kees: Client, anouk: Client;

beforeAll(async () => {
  api = await startTestApi();
  sanne = await api.as('sanne');
  marieke = await api.as('marieke');
  pieter = await api.as('pieter');
  kees = await api.as('kees');
  anouk = await api.as('anouk');
});
afterAll(() => api.stop());

describe('a request from draft to decision, over HTTP', () => {
  it('walks every step and tells the whole history', async () => {
    const created = await sanne.post('/api/cases', aRequest({ clientRef: 'WALK-1' }));
    expect(created.status).toBe(201);
    const id: string = created.body.case.id;
    expect(created.body.case.state).toBe('draft');

    expect((await sanne.patch(`/api/cases/${id}`, { amountCents: 1_800_00 })).body.case.request.amountCents).toBe(1_800_00);
    expect((await sanne.post(`/api/cases/${id}/submit`)).body.case.state).toBe('submitted');
    expect((await marieke.post(`/api/cases/${id}/screening`, { outcome: 'in' })).body.case.state).toBe('screened');
    const opened = await marieke.post(`/api/cases/${id}/deliberation`);
    expect(opened.body.case.state).toBe('in_deliberation');
    expect(opened.body.case.deliberation.deadline > opened.body.case.deliberation.openedAt).toBe(true);

    const asked = await anouk.post(`/api/cases/${id}/questions`, { text: 'Loopt het budgetbeheer al?' });
    expect(asked.body.case.state).toBe('awaiting_answer');
    const questionId: string = asked.body.questions[0].id;
    const answered = await sanne.post(`/api/cases/${id}/questions/${questionId}/answer`, { text: 'Ja, sinds september.' });
    expect(answered.body.case.state).toBe('in_deliberation');

    for (const member of [pieter, kees, anouk]) expect((await member.put(`/api/cases/${id}/votes/mine`, aVote())).status).toBe(200);
    const decided = await marieke.post(`/api/cases/${id}/decision`, aGrant(1_800_00));
    expect(decided.status).toBe(200);
    expect(decided.body.case.state).toBe('decided');
    expect(decided.body.case.decision.amountCents).toBe(1_800_00);

    const types = async (who: Client) => (await who.get(`/api/cases/${id}`)).body.history.map((h: { type: string }) => h.type);
    const story = ['draft_created', 'submitted', 'screened_in', 'deliberation_opened', 'question_asked', 'question_answered'];
    expect(await types(marieke)).toEqual([...story, 'vote_cast', 'vote_cast', 'vote_cast', 'decision_recorded']);
    // Who voted is as blind as the votes: the counsellor sees the decision, not the ballots.
    expect(await types(sanne)).toEqual([...story, 'decision_recorded']);
    const seen = await sanne.get(`/api/cases/${id}`);
    expect(seen.body.history.every((h: { by: { userId: string }; at: string }) => h.by.userId && h.at)).toBe(true);
  });
});

describe('the panel member’s queue', () => {
  it('lists what I may still vote on: not my organisation’s cases, not those I voted on or stepped back from', async () => {
    const awaiting = async (member: Client) =>
      (await member.get('/api/panel/awaiting-my-vote')).body.items.map((c: { clientRef: string }) => c.clientRef);
    // Demo: the urgent water debt (Madi Zuid) has votes of Pieter and Kees; the education case (Schuldhulp West) one of Lotte.
    expect(await awaiting(pieter)).toEqual([]);
    expect(await awaiting(anouk)).toEqual(['MZ-2026-0601', 'SW-7855']);
    expect(await awaiting(kees)).toEqual(['SW-7855']);

    const education = (await anouk.get('/api/panel/awaiting-my-vote')).body.items[1].id;
    await anouk.post(`/api/cases/${education}/conflicts`, { reason: 'Ik ken deze cliënt persoonlijk.' });
    expect(await awaiting(anouk)).toEqual(['MZ-2026-0601']);
  });
});

describe('the timeline of a case in deliberation', () => {
  it('does not tell a member who has not voted yet who already voted or spoke', async () => {
    // Demo: Pieter and Kees voted on the urgent water debt, and Pieter commented.
    const caseId = (await anouk.get('/api/panel/awaiting-my-vote')).body.items[0].id;
    const before = (await anouk.get(`/api/cases/${caseId}`)).body.history.map((h: { type: string }) => h.type);
    expect(before).not.toContain('vote_cast');
    expect(before).not.toContain('comment_added');
    await anouk.put(`/api/cases/${caseId}/votes/mine`, aVote());
    const after = (await anouk.get(`/api/cases/${caseId}`)).body.history.filter((h: { type: string }) => h.type === 'vote_cast');
    expect(after.map((h: { by: { userId: string } }) => h.by.userId).sort()).toEqual(['anouk', 'kees', 'pieter']);
  });
});
