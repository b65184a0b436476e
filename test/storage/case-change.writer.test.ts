import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDecision } from '../../domain/case/decision.commands.js';
import type { CommandContext } from '../../domain/case/case-file.js';
import { castVote } from '../../domain/deliberation/vote.commands.js';
import { actorOfUser } from '../../domain/people/user.schema.js';
import { demoFunds, demoUser } from '../../functions/local/demo/demo-funds.js';
import { getCaseFile } from '../../functions/case/case.repository.js';
import { commitChange } from '../../functions/storage/case-change.writer.js';
import { WriteConflict } from '../../functions/storage/store-errors.js';
import { aGrant, aRequest, aVote } from '../support/fixtures.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { fundYearOf } from '../../domain/payment/budget.js';
import { getBudgetSums } from '../../functions/payment/budget.repository.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const ctx = (): CommandContext => ({ now: new Date().toISOString(), newId: () => crypto.randomUUID(), fund: demoFunds[0]! });

/** A case in deliberation with three votes: enough for quorum. */
async function caseWithQuorum(): Promise<string> {
  const [sanne, marieke] = [await api.as('sanne'), await api.as('marieke')];
  const id = (await sanne.post('/api/cases', aRequest({ clientRef: `RACE-${Date.now()}` }))).body.case.id;
  await sanne.post(`/api/cases/${id}/submit`);
  await marieke.post(`/api/cases/${id}/screening`, { outcome: 'in' });
  await marieke.post(`/api/cases/${id}/deliberation`);
  for (const member of ['pieter', 'kees', 'anouk']) await (await api.as(member)).put(`/api/cases/${id}/votes/mine`, aVote());
  return id;
}

describe('the case writer', () => {
  it('refuses a decision taken from a tally that missed a vote landing meanwhile', async () => {
    const id = await caseWithQuorum();
    const seenByManager = (await getCaseFile(api.store, id))!;

    const lateFile = (await getCaseFile(api.store, id))!;
    const late = castVote(lateFile, actorOfUser(demoUser('ruben')), aVote('refuse', 'Te laat, maar wel een stem.'), ctx());
    if (!late.ok) throw new Error(late.error.message);
    await commitChange(api.store, late.value, lateFile.case);

    const budget = await getBudgetSums(api.store, seenByManager.case.fundId, fundYearOf(new Date().toISOString()));
    const decision = recordDecision(seenByManager, actorOfUser(demoUser('marieke')), aGrant(), { ...ctx(), budget });
    if (!decision.ok) throw new Error(decision.error.message);
    await expect(commitChange(api.store, decision.value, seenByManager.case)).rejects.toBeInstanceOf(WriteConflict);

    const after = (await getCaseFile(api.store, id))!;
    expect(after.case.state).toBe('in_deliberation');
    expect(after.votes).toHaveLength(4);
  });

  it('lets votes land side by side without changing the case’s version', async () => {
    const id = await caseWithQuorum();
    const before = (await getCaseFile(api.store, id))!;
    const [ruben, lotte] = [await api.as('ruben'), await api.as('fatima')];
    const answers = await Promise.all([ruben.put(`/api/cases/${id}/votes/mine`, aVote()), lotte.put(`/api/cases/${id}/votes/mine`, aVote())]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[0]!.body.case).not.toHaveProperty('ballots');
    expect((await getCaseFile(api.store, id))!.case.version).toBe(before.case.version);
  });
});
