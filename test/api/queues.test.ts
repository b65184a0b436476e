import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aVote } from '../support/fixtures.js';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';
import { clientsOf, decided, inDeliberation, submitted } from './walk.js';

let api: TestApi;
let sanne: Client, youssef: Client, marieke: Client, kees: Client, anouk: Client, ruben: Client;

beforeAll(async () => {
  api = await startTestApi();
  [sanne, youssef, marieke, kees, anouk, ruben] = await clientsOf(api, ['sanne', 'youssef', 'marieke', 'kees', 'anouk', 'ruben'] as const);
});
afterAll(() => api.stop());

interface Summary {
  id: string;
  urgent: boolean;
  deadline?: string;
  submittedAt?: string;
  repeat: boolean;
}

const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
const urgent = () => ({ urgency: { urgent: true, hardDate: inTwoWeeks(), reason: 'Afsluiting aangekondigd.' } });

async function queue(client: Client, state: string): Promise<Summary[]> {
  const answer = await client.get(`/api/queue/${state}?limit=100`);
  expect(answer.status).toBe(200);
  return answer.body.items;
}

/** Urgent before the rest; within each, the earliest moment first. */
function expectUrgentThenEarliest(items: Summary[], moment: (s: Summary) => string) {
  const firstNormal = items.findIndex((s) => !s.urgent);
  if (firstNormal >= 0) expect(items.slice(firstNormal).every((s) => !s.urgent)).toBe(true);
  for (const group of [items.filter((s) => s.urgent), items.filter((s) => !s.urgent)]) {
    const moments = group.map(moment);
    expect(moments).toEqual([...moments].sort());
  }
}

describe('the queues', () => {
  it('put an urgent request above one that came in earlier, then the oldest first', async () => {
    const normal = await submitted(sanne, { clientRef: 'Q-NORMAL-1' });
    const later = await submitted(sanne, { clientRef: 'Q-NORMAL-2' });
    const pressing = await submitted(sanne, { clientRef: 'Q-URGENT-1', ...urgent() });
    const items = await queue(marieke, 'submitted');
    const at = (id: string) => items.findIndex((s) => s.id === id);
    expect(at(pressing)).toBeLessThan(at(normal));
    expect(at(normal)).toBeLessThan(at(later));
    expectUrgentThenEarliest(items, (s) => s.submittedAt!);
  });

  it('order deliberation by urgency, then by the voting deadline', async () => {
    const first = await inDeliberation(sanne, marieke, { clientRef: 'Q-DELIB-1' });
    const second = await inDeliberation(sanne, marieke, { clientRef: 'Q-DELIB-2' });
    const pressing = await inDeliberation(sanne, marieke, { clientRef: 'Q-DELIB-U', ...urgent() });
    const items = await queue(marieke, 'in_deliberation');
    const at = (id: string) => items.findIndex((s) => s.id === id);
    expect(at(pressing)).toBeLessThan(at(first));
    expect(at(first)).toBeLessThan(at(second));
    expectUrgentThenEarliest(items, (s) => s.deadline!);
    expect(items.every((s) => s.deadline)).toBe(true);
  });

  it('move a case to the queue of its new state, and out of the old one', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'Q-MOVE' });
    const asked = await kees.post(`/api/cases/${id}/questions`, { text: 'Is er al een betalingsregeling?' });
    expect(asked.status).toBe(201);
    expect((await queue(marieke, 'in_deliberation')).map((s) => s.id)).not.toContain(id);
    expect((await queue(marieke, 'awaiting_answer')).map((s) => s.id)).toContain(id);
  });

  it('are paged with a cursor, every case once', async () => {
    const all = (await queue(marieke, 'submitted')).map((s) => s.id);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const answer = await marieke.get(`/api/queue/submitted?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(answer.status).toBe(200);
      expect(answer.body.items.length).toBeLessThanOrEqual(2);
      paged.push(...answer.body.items.map((s: Summary) => s.id));
      cursor = answer.body.cursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });
});

describe('earlier requests for the same client', () => {
  let first: string, second: string;

  beforeAll(async () => {
    first = await decided(sanne, marieke, [kees, anouk, ruben], { clientRef: 'CLIENT-77' });
    await submitted(youssef, { clientRef: 'CLIENT-77' });
    second = await inDeliberation(sanne, marieke, { clientRef: 'client-77', amountCents: 4_500_00 });
  });

  it('flag a repeat request on submission, with what was granted before and whether the cap is passed', async () => {
    const { body } = await marieke.get(`/api/cases/${second}`);
    expect(body.case.repeat).toEqual({ earlierCaseIds: [first], earlierGrantedCents: 2_000_00, capExceeded: true });
    const summary = (await queue(marieke, 'in_deliberation')).find((s) => s.id === second);
    expect(summary?.repeat).toBe(true);
  });

  it('are listed for the programme manager, the counsellor and the panel, only within the organisation’s own references', async () => {
    for (const client of [marieke, sanne, kees]) {
      const answer = await client.get(`/api/cases/${second}/earlier-requests`);
      expect(answer.status).toBe(200);
      expect(answer.body.items.map((s: Summary) => s.id)).toEqual([first]);
    }
  });

  it('are not flagged for a first request', async () => {
    expect((await marieke.get(`/api/cases/${first}`)).body.case.repeat).toBeUndefined();
    const answer = await marieke.get(`/api/cases/${first}/earlier-requests`);
    expect(answer.body.items).toEqual([]);
  });

  it('keeps a vote on a repeat request possible: the panel weighs it', async () => {
    expect((await kees.put(`/api/cases/${second}/votes/mine`, aVote('refuse'))).status).toBe(200);
  });
});
