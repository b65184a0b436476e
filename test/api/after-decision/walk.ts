import { aGrant, aRequest, aVote } from '../../support/fixtures.js';
import type { TestApi } from '../../support/test-api.js';

/** Walks a new request of sanne's (madi-zuid) over HTTP to a decision; returns the case id. */
export async function decidedCase(api: TestApi, clientRef: string, decision: object = aGrant(1_800_00)): Promise<string> {
  const [sanne, marieke] = [await api.as('sanne'), await api.as('marieke')];
  const id: string = (await sanne.post('/api/cases', aRequest({ clientRef }))).body.case.id;
  await sanne.post(`/api/cases/${id}/submit`);
  await marieke.post(`/api/cases/${id}/screening`, { outcome: 'in' });
  await marieke.post(`/api/cases/${id}/deliberation`);
  for (const member of ['pieter', 'kees', 'anouk']) await (await api.as(member)).put(`/api/cases/${id}/votes/mine`, aVote(voteFor(decision)));
  const decided = await marieke.post(`/api/cases/${id}/decision`, decision);
  if (decided.status !== 200) throw new Error(`Could not decide: ${JSON.stringify(decided.body)}`);
  return id;
}

const voteFor = (decision: object) => ((decision as { outcome?: string }).outcome === 'refused' ? 'refuse' : 'grant');

export const today = () => new Date().toISOString().slice(0, 10);

export const aPayment = (amountCents: number, extra: object = {}) => ({
  amountCents,
  paidOn: today(),
  payee: { kind: 'landlord', reference: 'Contract 12-B' },
  ...extra,
});
