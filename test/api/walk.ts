import { expect } from 'vitest';
import type { DraftRequest } from '../../domain/case/request.schema.js';
import { aGrant, aRequest, aVote } from '../support/fixtures.js';
import type { Client, TestApi } from '../support/test-api.js';

/** Steps of a case over HTTP, each checked to succeed, for tests that need a case in a given state. */

/** The consent date of a request written today (the fixture's date may lie in the future of the test run). */
const today = () => new Date().toISOString().slice(0, 10);

export const requestOf = (overrides: Partial<DraftRequest> = {}): DraftRequest =>
  aRequest({ consent: { given: true, date: today() }, ...overrides });

export async function createDraft(counsellor: Client, overrides: Partial<DraftRequest> = {}): Promise<string> {
  const created = await counsellor.post('/api/cases', requestOf(overrides));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.case.id;
}

export async function submitted(counsellor: Client, overrides: Partial<DraftRequest> = {}): Promise<string> {
  const id = await createDraft(counsellor, overrides);
  const answer = await counsellor.post(`/api/cases/${id}/submit`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return id;
}

/** A case of this counsellor's, submitted, screened in and open for votes. */
export async function inDeliberation(counsellor: Client, manager: Client, overrides: Partial<DraftRequest> = {}): Promise<string> {
  const id = await submitted(counsellor, overrides);
  expect((await manager.post(`/api/cases/${id}/screening`, { outcome: 'in' })).status).toBe(200);
  const opened = await manager.post(`/api/cases/${id}/deliberation`);
  expect(opened.status, JSON.stringify(opened.body)).toBe(200);
  return id;
}

export const historyTypes = (view: { history: Array<{ type: string }> }) => view.history.map((h) => h.type);

/** A case of this counsellor's, granted by the manager after three eligible votes (kees, anouk, ruben). */
export async function decided(counsellor: Client, manager: Client, voters: Client[], overrides: Partial<DraftRequest> = {}): Promise<string> {
  const id = await inDeliberation(counsellor, manager, overrides);
  for (const voter of voters) expect((await voter.put(`/api/cases/${id}/votes/mine`, aVote())).status).toBe(200);
  const answer = await manager.post(`/api/cases/${id}/decision`, aGrant());
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return id;
}

/** Clients acting as these demo users, in the same order. */
export async function clientsOf<const T extends readonly string[]>(api: TestApi, userIds: T): Promise<{ [K in keyof T]: Client }> {
  return (await Promise.all(userIds.map((id) => api.as(id)))) as { [K in keyof T]: Client };
}
