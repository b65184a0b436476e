import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/storage/keys.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { clientsOf, createDraft } from '../api/walk.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('a corrupt item in the table', () => {
  it('answers 500 internal instead of showing a case in a state that does not exist', async () => {
    const [sanne] = await clientsOf(api, ['sanne'] as const);
    const caseId = await createDraft(sanne);
    await api.store.db.send(new UpdateCommand({
      TableName: api.store.table, Key: keys.case(caseId),
      UpdateExpression: 'SET #state = :lost', ExpressionAttributeNames: { '#state': 'state' }, ExpressionAttributeValues: { ':lost': 'lost' },
    }));
    const answer = await sanne.get(`/api/cases/${caseId}`);
    expect(answer.status).toBe(500);
    expect(answer.body.error.code).toBe('internal');
    expect(JSON.stringify(answer.body)).not.toContain('lost');
  });
});
