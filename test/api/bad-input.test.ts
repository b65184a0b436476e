import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aGrant, aVote } from '../support/fixtures.js';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';
import { clientsOf, createDraft, inDeliberation, requestOf } from './walk.js';

let api: TestApi;
let sanne: Client, youssef: Client, marieke: Client, pieter: Client, kees: Client, anouk: Client;
let deliberating: string;

beforeAll(async () => {
  api = await startTestApi();
  [sanne, youssef, marieke, pieter, kees, anouk] = await clientsOf(api, ['sanne', 'youssef', 'marieke', 'pieter', 'kees', 'anouk'] as const);
  deliberating = await inDeliberation(youssef, marieke, { clientRef: 'BAD-1' });
});
afterAll(() => api.stop());

const fieldsOf = (answer: { body: { error: { fields?: Array<{ field: string }> } } }) => answer.body.error.fields?.map((f) => f.field) ?? [];

describe('bad input gets a 4xx that names the field', () => {
  it('names each wrong field of a request, however deep', async () => {
    const request = requestOf({ amountCents: -5 });
    const answer = await sanne.post('/api/cases', { ...request, household: { ...request.household, adults: 0 }, category: 'holiday' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('validation');
    expect([...new Set(fieldsOf(answer))].sort()).toEqual(['body.amountCents', 'body.category', 'body.household.adults']);
    expect(answer.body.error.message).toContain('body.amountCents');
  });

  it('refuses a field the request does not know, naming it', async () => {
    const answer = await sanne.post('/api/cases', { ...requestOf(), clientName: 'Jan de Vries' });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body.error.fields)).toContain('clientName');
  });

  it('refuses a BSN in free text, naming the field and saying why', async () => {
    const request = requestOf();
    const answer = await sanne.post('/api/cases', { ...request, household: { ...request.household, situation: 'Moeder van twee, BSN 111222333.' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields).toEqual([{ field: 'body.household.situation', reason: 'identifying_bsn', message: expect.stringMatching(/citizen service number/) }]);
  });

  it('refuses identifying data in every free text the panel writes', async () => {
    const vote = await kees.put(`/api/cases/${deliberating}/votes/mine`, aVote('grant', 'Geboren 12-03-1985, dus nog jong genoeg.'));
    expect(fieldsOf(vote)).toEqual(['body.rationale']);
    const question = await kees.post(`/api/cases/${deliberating}/questions`, { text: 'Mail de cliënt op jan@example.nl?' });
    expect(fieldsOf(question)).toEqual(['body.text']);
    const comment = await kees.post(`/api/cases/${deliberating}/comments`, { text: 'BSN 1112.22.333 staat in het dossier.' });
    expect(fieldsOf(comment)).toEqual(['body.text']);
  });

  it('accepts a 9-digit number that fails the eleven-test', async () => {
    const request = requestOf();
    const answer = await sanne.post('/api/cases', { ...request, household: { ...request.household, situation: 'Zaaknummer CJIB 123456789, boete loopt op.' } });
    expect(answer.status).toBe(201);
  });

  it('names a wrong path parameter and a wrong query parameter', async () => {
    const path = await sanne.get('/api/cases/not%20an%20id');
    expect(path.status).toBe(400);
    expect(fieldsOf(path)).toEqual(['path.caseId']);
    const limit = await sanne.get('/api/cases?limit=1000');
    expect(limit.status).toBe(400);
    expect(fieldsOf(limit)).toEqual(['query.limit']);
    const cursor = await sanne.get('/api/cases?cursor=garbage');
    expect(cursor.status).toBe(400);
    expect(fieldsOf(cursor)).toEqual(['query.cursor']);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const answer = await sanne.send('POST', '/api/cases', { body: '{"clientRef": "X-1",', headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_json');
  });

  it('answers 400 to a route that needs a body and got none', async () => {
    const answer = await sanne.send('POST', '/api/cases', { headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer)).toEqual(['body']);
  });

  it('answers 415 to a body that is not sent as JSON', async () => {
    const answer = await sanne.send('POST', '/api/cases', { body: JSON.stringify(requestOf()), headers: { 'content-type': 'text/plain' } });
    expect(answer.status).toBe(415);
    expect(answer.body.error.code).toBe('unsupported_media_type');
  });

  it('answers 413 to a body that is too large', async () => {
    const answer = await sanne.post('/api/cases', { ...requestOf(), breakthrough: 'x'.repeat(100_000) });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('body_too_large');
  });

  it('answers 413 to a request larger than the server takes at all', async () => {
    const answer = await sanne.send('POST', '/api/cases', { body: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(413);
  });

  it('answers 404 to an unknown route and 405 to a known path with the wrong method', async () => {
    const unknown = await sanne.get('/api/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('no_route');
    expect((await sanne.send('PUT', `/api/cases/${deliberating}`)).status).toBe(405);
  });

  it('answers 400, never a 500, to a body of the wrong shape or a broken path', async () => {
    for (const body of ['null', '[]', '"text"', '42', '{"clientRef": {"$ne": null}}']) {
      const answer = await sanne.send('POST', '/api/cases', { body, headers: { 'content-type': 'application/json' } });
      expect(answer.status, body).toBe(400);
      expect(fieldsOf(answer).length, body).toBeGreaterThan(0);
    }
    const huge = await sanne.post('/api/cases', requestOf({ amountCents: 1e20 }));
    expect(fieldsOf(huge)).toContain('body.amountCents');
    const broken = await sanne.get('/api/cases/%E0%A4%A');
    expect(broken.status).toBe(400);
  });

  it('answers 404 to a case that does not exist', async () => {
    expect((await marieke.get('/api/cases/no-such-case')).status).toBe(404);
    expect((await marieke.post('/api/cases/no-such-case/deliberation')).status).toBe(404);
  });

  it('answers 422 with the state when a command does not fit the case’s state', async () => {
    const answer = await marieke.post(`/api/cases/${deliberating}/screening`, { outcome: 'in' });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ code: 'invalid_transition', state: 'in_deliberation', message: expect.stringContaining('in deliberation') });
  });

  it('answers 422 naming the field when a rule of the fund is broken', async () => {
    const draft = await createDraft(sanne, { clientRef: 'BAD-MAX', amountCents: 6_000_00 });
    const answer = await sanne.post(`/api/cases/${draft}/submit`);
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ code: 'rule_violation', reason: 'over_maximum', fields: [{ field: 'request.amountCents' }] });
  });
});

describe('every refusal carries its reason code, the field and what the text needs', () => {
  it('gives the maximum when a request asks more than the fund gives', async () => {
    const draft = await createDraft(sanne, { clientRef: 'REASON-MAX', amountCents: 6_000_00 });
    const answer = await sanne.post(`/api/cases/${draft}/submit`);
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({
      code: 'rule_violation',
      reason: 'over_maximum',
      params: { maxCents: 5_000_00 },
      fields: [{ field: 'request.amountCents', reason: 'over_maximum', params: { maxCents: 5_000_00 } }],
    });
  });

  it('names the consent when the client did not give it', async () => {
    const draft = await createDraft(sanne, { clientRef: 'REASON-CONSENT', consent: { given: false, date: '2026-11-01' } });
    const answer = await sanne.post(`/api/cases/${draft}/submit`);
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ reason: 'consent_missing', fields: [{ field: 'request.consent.given', reason: 'consent_missing' }] });
  });

  it('says a body is not JSON by its code, at the body', async () => {
    const answer = await sanne.send('POST', '/api/cases', { body: '{"clientRef": "X-1",', headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'invalid_json', reason: 'invalid_json', fields: [{ field: 'body', reason: 'invalid_json' }] });
  });

  it('gives the state a command does not fit', async () => {
    const answer = await marieke.post(`/api/cases/${deliberating}/screening`, { outcome: 'in' });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ code: 'invalid_transition', reason: 'invalid_transition', params: { state: 'in_deliberation' } });
  });

  it('names the bound of a field that is too long', async () => {
    const request = requestOf();
    const answer = await sanne.post('/api/cases', { ...request, clientRef: 'X'.repeat(41) });
    expect(answer.status).toBe(400);
    expect(answer.body.error.reason).toBe('invalid_fields');
    expect(answer.body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'body.clientRef', reason: 'too_long', params: { max: 40 } }),
      ]),
    );
  });
});

describe('a rejected command leaves nothing behind', () => {
  const everything = async () => {
    const items: unknown[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await api.store.db.send(new ScanCommand({ TableName: api.store.table, ExclusiveStartKey: start, ConsistentRead: true }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items.map((i) => JSON.stringify(i, Object.keys(i as object).sort())).sort();
  };

  it('writes no item, history entry, vote or figure for any refused command', async () => {
    const id = await inDeliberation(sanne, marieke, { clientRef: 'BAD-ATOMIC' });
    await kees.put(`/api/cases/${id}/votes/mine`, aVote());
    const version = (await marieke.get(`/api/cases/${id}`)).body.case.version;
    const before = await everything();

    const refused = [
      await marieke.post(`/api/cases/${id}/decision`, aGrant(999_999_00)), // 422: more than requested
      await marieke.post(`/api/cases/${id}/decision`, aGrant()), // 422: no quorum
      await marieke.post(`/api/cases/${id}/screening`, { outcome: 'in' }), // 422: wrong state
      await sanne.post(`/api/cases/${id}/questions`, { text: 'Mag ik zelf vragen?' }), // 403: role
      await marieke.post(`/api/cases/${id}/questions`, { text: 'Klopt dit?' }, { 'if-match': `"${version - 1}"` }), // 409: stale
      await anouk.put(`/api/cases/${id}/votes/mine`, aVote('grant', 'BSN 111222333.')), // 400: identifying data
      await youssef.post(`/api/cases/${id}/withdraw`, { reason: 'Niet mijn zaak.' }), // 404: not visible
      await pieter.post(`/api/cases/${id}/conflicts`, { reason: '' }), // 400: no reason
    ];
    expect(refused.map((r) => r.status)).toEqual([422, 422, 422, 403, 409, 400, 404, 400]);
    expect(await everything()).toEqual(before);
  });
});
