import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aGrant, aVote } from '../support/fixtures.js';
import { startTestApi, type Answer, type Client, type TestApi } from '../support/test-api.js';
import { clientsOf, inDeliberation } from './walk.js';

let api: TestApi;
let sanne: Client, marieke: Client, kees: Client, anouk: Client, ruben: Client, lotte: Client;
let id: string;

/** Words only the others' votes and comments hold: if an answer contains one, blindness is broken. */
const KEES_RATIONALE = 'Kees-geheim: de corporatie trekt in.';
const ANOUK_RATIONALE = 'Anouk-geheim: de kinderen houden hun school.';
const KEES_COMMENT = 'Kees-opmerking: betaal direct aan de verhuurder.';
const secrets = [KEES_RATIONALE, ANOUK_RATIONALE, KEES_COMMENT];

const leaked = (answer: Answer) => secrets.filter((s) => JSON.stringify(answer.body).includes(s));

beforeAll(async () => {
  api = await startTestApi();
  [sanne, marieke, kees, anouk, ruben, lotte] = await clientsOf(api, ['sanne', 'marieke', 'kees', 'anouk', 'ruben', 'lotte'] as const);
  id = await inDeliberation(sanne, marieke, { clientRef: 'BLIND-1' });
  expect((await kees.put(`/api/cases/${id}/votes/mine`, aVote('grant', KEES_RATIONALE))).status).toBe(200);
  expect((await kees.post(`/api/cases/${id}/comments`, { text: KEES_COMMENT })).status).toBe(201);
  expect((await anouk.put(`/api/cases/${id}/votes/mine`, aVote('refuse', ANOUK_RATIONALE))).status).toBe(200);
});
afterAll(() => api.stop());

describe('blind voting over HTTP', () => {
  it('shows a member who has not voted no other vote, comment or tally on the case', async () => {
    const seen = await ruben.get(`/api/cases/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.deliberation).toMatchObject({ hasVoted: false, votes: [], comments: [], tally: null });
    expect(leaked(seen)).toEqual([]);
  });

  it('keeps them blind through every answer they get before voting: comment, question, conflict', async () => {
    const commented = await ruben.post(`/api/cases/${id}/comments`, { text: 'Ruben: eerst meer weten.' });
    expect(commented.status).toBe(201);
    expect(commented.body.deliberation.comments.map((c: { text: string }) => c.text)).toEqual(['Ruben: eerst meer weten.']);
    expect(commented.body.deliberation.votes).toEqual([]);
    expect(leaked(commented)).toEqual([]);

    const asked = await lotte.post(`/api/cases/${id}/questions`, { text: 'Is de verhuurder akkoord met betaling?' });
    expect(asked.status).toBe(201);
    expect(leaked(asked)).toEqual([]);

    const recused = await lotte.post(`/api/cases/${id}/conflicts`, { reason: 'Ik ken de verhuurder.' });
    expect(recused.status).toBe(200);
    expect(leaked(recused)).toEqual([]);
  });

  it('keeps why a member stepped aside between them and the programme manager', async () => {
    const reasonShown = async (client: Client) => JSON.stringify((await client.get(`/api/cases/${id}`)).body).includes('Ik ken de verhuurder.');
    expect(await reasonShown(lotte)).toBe(true);
    expect(await reasonShown(marieke)).toBe(true);
    expect(await reasonShown(sanne)).toBe(false);
    expect(await reasonShown(ruben)).toBe(false);
    expect(await reasonShown(kees)).toBe(false);
  });

  it('keeps the counsellor blind, also in the answer to the panel’s question', async () => {
    const seen = await sanne.get(`/api/cases/${id}`);
    expect(seen.body.deliberation).toMatchObject({ votes: [], comments: [], tally: null });
    expect(leaked(seen)).toEqual([]);
    const question = seen.body.questions[0].id;
    const answered = await sanne.post(`/api/cases/${id}/questions/${question}/answer`, { text: 'Ja, schriftelijk bevestigd.' });
    expect(answered.status).toBe(200);
    expect(leaked(answered)).toEqual([]);
  });

  it('shows the lists no vote or comment at all', async () => {
    for (const [client, path] of [
      [ruben, '/api/queue/in_deliberation'],
      [ruben, '/api/panel/awaiting-my-vote'],
      [ruben, `/api/cases/${id}/earlier-requests`],
      [sanne, '/api/cases'],
      [marieke, '/api/queue/in_deliberation'],
    ] as const) {
      const answer = await client.get(path);
      expect(answer.status, path).toBe(200);
      expect(leaked(answer), path).toEqual([]);
    }
  });

  it('shows the member everything in the answer to their own vote, and from then on', async () => {
    const voted = await ruben.put(`/api/cases/${id}/votes/mine`, aVote('grant_with_conditions', 'Ruben: met budgetbeheer.'));
    expect(voted.status).toBe(200);
    expect(voted.body.deliberation.hasVoted).toBe(true);
    expect(voted.body.deliberation.votes).toHaveLength(3);
    expect(secrets.every((s) => JSON.stringify(voted.body).includes(s))).toBe(true);
    expect(voted.body.deliberation.tally.countedVotes).toBe(3);
  });

  it('shows the programme manager every vote, comment and the tally', async () => {
    const seen = await marieke.get(`/api/cases/${id}`);
    expect(seen.body.deliberation.votes).toHaveLength(3);
    expect(seen.body.deliberation.comments).toHaveLength(2);
    expect(seen.body.deliberation.tally.quorum.reached).toBe(true);
  });

  it('keeps the counsellor from the votes after the decision too: the decision as written, nothing of its tally', async () => {
    const decided = await marieke.post(`/api/cases/${id}/decision`, { ...aGrant(), dissent: 'Eén lid stemde tegen.' });
    expect(decided.status).toBe(200);
    expect(decided.body.case.decision.tally).toMatchObject({ countedVotes: 3, disciplines: ['health_care', 'housing', 'legal'] });
    const seen = await sanne.get(`/api/cases/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.case.decision).toMatchObject({ outcome: 'granted', reasoning: aGrant().reasoning, dissent: 'Eén lid stemde tegen.' });
    expect(seen.body.case.decision).not.toHaveProperty('tally');
    const text = JSON.stringify(seen.body);
    for (const word of ['"disciplines"', '"counts"', '"countedVotes"', '"leaning"', '"lensesApart"', '"ballots"']) expect(text, word).not.toContain(word);
    expect(seen.body.deliberation).toMatchObject({ votes: [], comments: [], tally: null });
    expect(leaked(seen)).toEqual([]);
  });

  it('tells the counsellor and a recused member not who voted or stepped aside, nor when; a voter keeps the tally', async () => {
    const panelSteps = ['vote_cast', 'vote_revised', 'vote_set_aside', 'comment_added', 'conflict_declared'];
    const counsellor = (await sanne.get(`/api/cases/${id}`)).body;
    expect(counsellor.history.filter((h: { type: string }) => panelSteps.includes(h.type))).toEqual([]);
    const recused = (await lotte.get(`/api/cases/${id}`)).body;
    expect(recused.case.decision).not.toHaveProperty('tally');
    expect(recused.history.filter((h: { type: string }) => panelSteps.includes(h.type)).map((h: { by: { userId: string } }) => h.by.userId)).toEqual(['lotte']);
    const voter = (await kees.get(`/api/cases/${id}`)).body;
    expect(voter.case.decision.tally).toMatchObject({ countedVotes: 3, counts: { grant: 1, grant_with_conditions: 1, refuse: 1 } });
  });
});
