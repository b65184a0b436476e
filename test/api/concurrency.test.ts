import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/people/actor.schema.js';
import { actorOfUser } from '../../domain/people/user.schema.js';
import { demoUser } from '../../functions/local/demo/demo-funds.js';
import { putUser } from '../../functions/people/user.repository.js';
import { aGrant, aVote } from '../support/fixtures.js';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';
import { clientsOf, createDraft, historyTypes, inDeliberation } from './walk.js';

let api: TestApi;
let sanne: Client, marieke: Client, kees: Client, anouk: Client, ruben: Client;

beforeAll(async () => {
  api = await startTestApi();
  [sanne, marieke, kees, anouk, ruben] = await clientsOf(api, ['sanne', 'marieke', 'kees', 'anouk', 'ruben'] as const);
});
afterAll(() => api.stop());

const disciplines = ['debt_relief', 'income_benefits', 'social_work', 'housing', 'health_care', 'legal'];

/** The six demo panel members and as many more as asked, each a user of the fund with a token of their own. */
async function panelOf(size: number): Promise<Array<{ actor: Actor; client: Client }>> {
  const demo = ['pieter', 'fatima', 'lotte', 'kees', 'anouk', 'ruben'].map((id) => actorOfUser(demoUser(id)));
  const extra: Actor[] = Array.from({ length: size - demo.length }, (_, i) => ({
    userId: `panel-extra-${i + 1}`,
    name: `Extra panellid ${i + 1}`,
    fundId: 'amsterdam-demo',
    role: 'panel_member',
    organisationId: `org-extra-${i + 1}`,
    discipline: disciplines[i % disciplines.length]!,
  }));
  for (const actor of extra) await putUser(api.store, { ...actor, disabled: false });
  return Promise.all([...demo, ...extra].map(async (actor) => ({ actor, client: api.clientWithToken(await api.identity.issue(actor)) })));
}

const statuses = (answers: Array<{ status: number }>) => answers.map((a) => a.status).sort();

describe('many hands at once', () => {
  it('stores 20 votes cast at the same moment exactly once each, with one history entry each', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'RACE-20' });
    const panel = await panelOf(20);
    const versionBefore = (await marieke.get(`/api/cases/${id}`)).body.case.version;
    const answers = await Promise.all(panel.map(({ client }) => client.put(`/api/cases/${id}/votes/mine`, aVote())));
    expect(statuses(answers)).toEqual(Array(20).fill(200));

    const seen = (await marieke.get(`/api/cases/${id}`)).body;
    const voters = seen.deliberation.votes.map((v: { member: { userId: string } }) => v.member.userId).sort();
    expect(voters).toEqual(panel.map((p) => p.actor.userId).sort());
    expect(seen.deliberation.votes.every((v: { revision: number }) => v.revision === 1)).toBe(true);
    const cast = seen.history.filter((h: { type: string }) => h.type === 'vote_cast');
    expect(cast).toHaveLength(20);
    expect(new Set(cast.map((h: { by: { userId: string } }) => h.by.userId)).size).toBe(20);
    expect(seen.deliberation.tally.countedVotes).toBe(20);
    expect(seen.case.version).toBe(versionBefore);
  });

  it('takes the same member voting twice at once as a vote and its revision, the revision matching the history', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'RACE-TWICE' });
    const answers = await Promise.all([kees.put(`/api/cases/${id}/votes/mine`, aVote('grant')), kees.put(`/api/cases/${id}/votes/mine`, aVote('refuse'))]);
    // The second to land is decided again on the first: as if it came a moment later, it revises the vote.
    expect(statuses(answers)).toEqual([200, 200]);

    const seen = (await marieke.get(`/api/cases/${id}`)).body;
    expect(seen.deliberation.votes).toHaveLength(1);
    expect(seen.deliberation.votes[0].revision).toBe(2);
    const events = seen.history.filter((h: { type: string }) => h.type === 'vote_cast' || h.type === 'vote_revised');
    expect(events.map((e: { type: string }) => e.type)).toEqual(['vote_cast', 'vote_revised']);
    const keesOf = (a: { body: any }) => a.body.deliberation.votes.find((v: { member: { userId: string } }) => v.member.userId === 'kees');
    const revision = answers.find((a) => keesOf(a).revision === 2)!;
    expect(keesOf(revision).position).toBe(seen.deliberation.votes[0].position);
  });

  it('lets one of two managers deciding at once win; the other is refused as it would be a moment later, and one decision is recorded', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'RACE-DECIDE' });
    for (const member of [kees, anouk, ruben]) expect((await member.put(`/api/cases/${id}/votes/mine`, aVote())).status).toBe(200);
    const colleague = api.clientWithToken(await api.identity.issue({ ...actorOfUser(demoUser('marieke')), userId: 'marloes', name: 'Marloes' }));

    const answers = await Promise.all([marieke.post(`/api/cases/${id}/decision`, aGrant(1_500_00)), colleague.post(`/api/cases/${id}/decision`, aGrant(2_000_00))]);
    expect(statuses(answers)).toEqual([200, 422]);
    const loser = answers.find((a) => a.status === 422)!;
    expect(loser.body.error).toMatchObject({ code: 'invalid_transition', state: 'decided' });

    const seen = (await marieke.get(`/api/cases/${id}`)).body;
    expect(historyTypes(seen).filter((t) => t === 'decision_recorded')).toHaveLength(1);
    const winner = answers.find((a) => a.status === 200)!;
    expect(seen.case.decision.amountCents).toBe(winner.body.case.decision.amountCents);
  });

  it('answers the loser of two decisions sent with If-Match 409 with the current version', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'RACE-DECIDE-IFMATCH' });
    for (const member of [kees, anouk, ruben]) expect((await member.put(`/api/cases/${id}/votes/mine`, aVote())).status).toBe(200);
    const colleague = api.clientWithToken(await api.identity.issue({ ...actorOfUser(demoUser('marieke')), userId: 'marloes', name: 'Marloes' }));
    const loaded = { 'if-match': `"${(await marieke.get(`/api/cases/${id}`)).body.case.version}"` };

    const answers = await Promise.all([
      marieke.post(`/api/cases/${id}/decision`, aGrant(1_500_00), loaded),
      colleague.post(`/api/cases/${id}/decision`, aGrant(2_000_00), loaded),
    ]);
    expect(statuses(answers)).toEqual([200, 409]);
    const loser = answers.find((a) => a.status === 409)!;
    const seen = (await marieke.get(`/api/cases/${id}`)).body;
    expect(loser.body.error).toMatchObject({ code: 'version_conflict', currentVersion: seen.case.version });
    expect(historyTypes(seen).filter((t) => t === 'decision_recorded')).toHaveLength(1);
  });

  it('records one answer when the counsellor sends it twice at once', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'RACE-ANSWER' });
    const asked = await kees.post(`/api/cases/${id}/questions`, { text: 'Is de verhuurder akkoord?' });
    const question = asked.body.questions[0].id;
    const answers = await Promise.all(
      ['Ja, per brief.', 'Ja, telefonisch.'].map((text) => sanne.post(`/api/cases/${id}/questions/${question}/answer`, { text })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    for (const answer of answers) expect([200, 409, 422]).toContain(answer.status);
    const seen = (await marieke.get(`/api/cases/${id}`)).body;
    expect(historyTypes(seen).filter((t) => t === 'question_answered')).toHaveLength(1);
    expect(seen.case).toMatchObject({ state: 'in_deliberation', openQuestions: 0 });
    expect(seen.questions[0].answer.text).toBe(answers.find((a) => a.status === 200)!.body.questions[0].answer.text);
  });

  it('records one conflict when a member declares it twice at once', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'RACE-CONFLICT' });
    const answers = await Promise.all([1, 2].map(() => kees.post(`/api/cases/${id}/conflicts`, { reason: 'Ik ken de cliënt.' })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const seen = (await marieke.get(`/api/cases/${id}`)).body;
    expect(seen.deliberation.conflicts).toHaveLength(1);
    expect(historyTypes(seen).filter((t) => t === 'conflict_declared')).toHaveLength(1);
  });

  it('submits a double-clicked request once', async () => {
    const id = await createDraft(sanne, { clientRef: 'RACE-SUBMIT' });
    const answers = await Promise.all([sanne.post(`/api/cases/${id}/submit`), sanne.post(`/api/cases/${id}/submit`)]);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    for (const answer of answers) expect([200, 409, 422]).toContain(answer.status);
    const seen = (await sanne.get(`/api/cases/${id}`)).body;
    expect(historyTypes(seen).filter((t) => t === 'submitted')).toHaveLength(1);
    expect(seen.case.state).toBe('submitted');
  });
});

describe('If-Match', () => {
  it('answers 409 with the current version when the case changed since it was loaded', async () => {
    const id = await createDraft(sanne, { clientRef: 'IFMATCH-1' });
    const loaded = (await sanne.get(`/api/cases/${id}`)).body.case.version;
    expect((await sanne.patch(`/api/cases/${id}`, { amountCents: 1_900_00 }, { 'if-match': `"${loaded}"` })).status).toBe(200);

    const stale = await sanne.patch(`/api/cases/${id}`, { amountCents: 1_700_00 }, { 'if-match': `"${loaded}"` });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: loaded + 1 });
    expect((await sanne.get(`/api/cases/${id}`)).body.case.request.amountCents).toBe(1_900_00);
  });

  it('accepts the current version, also written as a weak tag', async () => {
    const id = await createDraft(sanne, { clientRef: 'IFMATCH-2' });
    const version = (await sanne.get(`/api/cases/${id}`)).body.case.version;
    const answer = await sanne.post(`/api/cases/${id}/submit`, undefined, { 'if-match': `W/"${version}"` });
    expect(answer.status).toBe(200);
    expect(answer.body.case.version).toBe(version + 1);
  });

  it('accepts If-Match: * as asking only that the case exists', async () => {
    const id = await createDraft(sanne, { clientRef: 'IFMATCH-3' });
    expect((await sanne.patch(`/api/cases/${id}`, { amountCents: 1_200_00 }, { 'if-match': '*' })).status).toBe(200);
  });

  it('guards deleting a draft too: a stale version is a 409 and the draft stays', async () => {
    const id = await createDraft(sanne, { clientRef: 'IFMATCH-4' });
    const loaded = (await sanne.get(`/api/cases/${id}`)).body.case.version;
    expect((await sanne.patch(`/api/cases/${id}`, { amountCents: 1_300_00 })).status).toBe(200);
    const stale = await sanne.send('DELETE', `/api/cases/${id}`, { headers: { 'if-match': `"${loaded}"` } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: loaded + 1 });
    expect((await sanne.get(`/api/cases/${id}`)).status).toBe(200);
    expect((await sanne.send('DELETE', `/api/cases/${id}`, { headers: { 'if-match': `"${loaded + 1}"` } })).status).toBe(200);
  });
});
