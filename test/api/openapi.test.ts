import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeList } from '../../functions/api/routes.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
let document: any;

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  document = (await (await api.as()).get('/api/openapi.json')).body;
});
afterAll(() => api.stop());

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.info.title).toBeTruthy();
  });

  it('lists every route of the route table, with its method and operation id', () => {
    const listed = Object.entries(document.paths as Record<string, Record<string, { operationId: string }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
    );
    const table = routeList.map((r) => `${r.method} ${r.path} ${r.operationId}`);
    expect(listed.sort()).toEqual(table.sort());
  });

  it('describes the request body of every route that takes one, from the same schema that checks it', () => {
    for (const route of routeList.filter((r) => r.body)) {
      const op = document.paths[route.path][route.method.toLowerCase()];
      expect(op.requestBody?.content?.['application/json']?.schema, route.operationId).toBeDefined();
    }
    const createCase = document.paths['/api/cases'].post.requestBody.content['application/json'].schema;
    const resolved = createCase.$ref ? document.components.schemas[createCase.$ref.split('/').at(-1)] : createCase;
    expect(JSON.stringify(resolved)).toContain('clientRef');
  });

  it('asks for a bearer token on every route but the public ones, and names the 401 and 403', () => {
    for (const route of routeList) {
      const op = document.paths[route.path][route.method.toLowerCase()];
      if (route.roles === 'public') {
        expect(op.security, route.operationId).toEqual([]);
      } else {
        expect(op.security, route.operationId).toEqual([{ bearer: [] }]);
        expect(Object.keys(op.responses), route.operationId).toEqual(expect.arrayContaining(['401', '403']));
      }
    }
  });
});

describe('GET /api/health', () => {
  it('answers without a token, with the time', async () => {
    const answer = await (await api.as()).get('/api/health');
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('ok');
    expect(Number.isNaN(Date.parse(answer.body.time))).toBe(false);
  });
});
