import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/storage/keys.js';
import { aRequest } from '../support/fixtures.js';
import { startTestApi, type Client, type TestApi } from '../support/test-api.js';

let api: TestApi;
let sanne: Client, youssef: Client, marieke: Client;

beforeAll(async () => {
  api = await startTestApi();
  sanne = await api.as('sanne');
  youssef = await api.as('youssef');
  marieke = await api.as('marieke');
});
afterAll(() => api.stop());

const draftOf = async (who: Client, clientRef: string): Promise<string> => (await who.post('/api/cases', aRequest({ clientRef }))).body.case.id;

describe('deleting a draft, over HTTP', () => {
  it('lets its author delete it: it is gone from the case and from her list, and offered only while a draft', async () => {
    const id = await draftOf(sanne, 'DELETE-1');
    expect((await sanne.get(`/api/cases/${id}`)).body.actions).toContain('deleteDraft');

    const deleted = await sanne.send('DELETE', `/api/cases/${id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id, deleted: true });
    expect((await sanne.get(`/api/cases/${id}`)).status).toBe(404);
    const listed = (await sanne.get('/api/cases?limit=100')).body.items.map((c: { id: string }) => c.id);
    expect(listed).not.toContain(id);
    expect((await api.store.db.send(new GetCommand({ TableName: api.store.table, Key: keys.case(id) }))).Item).toBeUndefined();
  });

  it('refuses a counsellor of another organisation (it does not exist for him) and the manager, and leaves the draft as it was', async () => {
    const id = await draftOf(sanne, 'DELETE-2');
    expect((await youssef.send('DELETE', `/api/cases/${id}`)).status).toBe(404);
    expect((await marieke.send('DELETE', `/api/cases/${id}`)).status).toBe(403);
    expect((await sanne.get(`/api/cases/${id}`)).body.case.state).toBe('draft');
  });

  it('refuses to delete a submitted request, naming its state', async () => {
    const id = await draftOf(sanne, 'DELETE-3');
    await sanne.post(`/api/cases/${id}/submit`);
    const refused = await sanne.send('DELETE', `/api/cases/${id}`);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'invalid_transition', state: 'submitted' });
    expect((await sanne.get(`/api/cases/${id}`)).body.actions).not.toContain('deleteDraft');
  });
});
