import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { positions } from '../../domain/deliberation/vote.schema.js';
import { openApiDocument } from '../../functions/api/openapi.js';
import { honoursIdempotencyKey, honoursIfMatch, type Route } from '../../functions/api/route.js';
import { routeList, routes } from '../../functions/api/routes.js';
import { checkAnswer } from '../support/contract.js';
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

const operationOf = (route: Route) => document.paths[route.path][route.method.toLowerCase()];
const statusesOf = (route: Route) => Object.keys(operationOf(route).responses);
const headerParams = (route: Route) =>
  (operationOf(route).parameters ?? []).filter((p: { in: string }) => p.in === 'header').map((p: { name: string }) => p.name);

describe('the OpenAPI document is the whole contract', () => {
  it('is the document the contract check of every API test reads', () => {
    expect(document).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('names where the API is served: this origin, and the HTTP API on AWS with its id and region as variables', () => {
    expect(document.servers[0]).toMatchObject({ url: '/', description: expect.any(String) });
    const aws = document.servers.find((s: { url: string }) => s.url.includes('execute-api'));
    expect(aws.url).toBe('https://{apiId}.execute-api.{region}.amazonaws.com');
    expect(Object.keys(aws.variables).sort()).toEqual(['apiId', 'region']);
  });

  it("carries the project's licence, as package.json names it", () => {
    const { license } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { license: string };
    expect(document.info.license).toEqual({ name: license, identifier: license });
  });

  it('marks every request body required, as the API refuses a missing one (400 body_missing)', () => {
    for (const route of routeList.filter((r) => r.body)) expect(operationOf(route).requestBody.required, route.operationId).toBe(true);
  });

  it('declares Idempotency-Key on exactly the routes that honour it, and If-Match on exactly the case actions', () => {
    for (const route of routeList) {
      const names = headerParams(route);
      expect(names.includes('Idempotency-Key'), route.operationId).toBe(honoursIdempotencyKey(route));
      expect(names.includes('If-Match'), route.operationId).toBe(honoursIfMatch(route));
    }
    expect(headerParams(routes.createCase)).toEqual(['Idempotency-Key']);
    expect(headerParams(routes.recordPayment).sort()).toEqual(['Idempotency-Key', 'If-Match']);
    expect(headerParams(routes.deleteDraft)).toEqual(['If-Match']);
    expect(headerParams(routes.updateFundSettings)).toEqual([]);
  });

  it('declares 404 on every route that names a thing by id: case, notification, lesson, user, question', () => {
    for (const route of [routes.getCase, routes.markNotificationRead, routes.reviewLesson, routes.disableUser, routes.answerQuestion])
      expect(statusesOf(route), route.operationId).toContain('404');
    expect(operationOf(routes.answerQuestion).responses['404'].description).toMatch(/case or question/);
    expect(statusesOf(routes.listUsers)).not.toContain('404');
  });

  it('declares 413 on every route, 415 on every route with a body, 429 and 500 everywhere, and 503 with a required Retry-After', () => {
    for (const route of routeList) {
      const statuses = statusesOf(route);
      expect(statuses, route.operationId).toEqual(expect.arrayContaining(['413', '429', '500', '503']));
      expect(statuses.includes('415'), route.operationId).toBe(route.body !== undefined);
      expect(statuses.includes('400'), route.operationId).toBe(Boolean(route.params || route.query || route.body || route.idempotent));
      const retryAfter = operationOf(route).responses['503'].headers['Retry-After'];
      expect(retryAfter, route.operationId).toEqual({ $ref: '#/components/headers/RetryAfter' });
    }
    expect(document.components.headers.RetryAfter).toMatchObject({ required: true, schema: { type: 'string' } });
  });

  it('says what the User view holds, and the user routes answer it (no fundId)', () => {
    const user = document.components.schemas.User;
    expect(user.additionalProperties).toBe(false);
    expect(Object.keys(user.properties)).not.toContain('fundId');
  });

  it("defines the tally's counts, wherever a tally is shown: one required integer per position, nothing else", () => {
    const counts: any[] = [];
    const walk = (value: unknown): void => {
      if (!value || typeof value !== 'object') return;
      const schema = value as { properties?: Record<string, unknown> };
      if (schema.properties?.counts && schema.properties.countedVotes) counts.push(schema.properties.counts);
      Object.values(value).forEach(walk);
    };
    walk(document);
    expect(counts.length).toBeGreaterThan(0);
    for (const schema of counts) {
      expect(schema).toMatchObject({ type: 'object', additionalProperties: false, required: [...positions] });
      expect(Object.keys(schema.properties)).toEqual([...positions]);
      for (const position of positions) expect(schema.properties[position].type).toBe('integer');
    }
  });

  it('requires no property it does not define, anywhere', () => {
    const undefinedRequired: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${where}[${i}]`));
      if (!value || typeof value !== 'object') return;
      const schema = value as { required?: unknown; properties?: Record<string, unknown> };
      if (Array.isArray(schema.required) && where.includes('schema'))
        for (const name of schema.required) if (!schema.properties || !(name in schema.properties)) undefinedRequired.push(`${where}: ${name}`);
      for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`);
    };
    walk(document.components.schemas, 'components.schemas');
    walk(document.paths, 'paths');
    expect(undefinedRequired).toEqual([]);
  });
});

describe('the contract check every API test runs on each answer', () => {
  const headers = (extra: Record<string, string> = {}) => new Headers({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra });
  const user = { userId: 'sanne', name: 'Sanne', role: 'counsellor', organisationId: 'buurtteam-noord', disabled: false };

  it('passes an answer the document declares', () => {
    expect(() => checkAnswer({ method: 'GET', path: '/api/users?x=1', status: 200, headers: headers(), body: { users: [user] } })).not.toThrow();
  });

  it('fails a body with a key its schema does not allow, naming the route, the status and the issue', () => {
    expect(() => checkAnswer({ method: 'GET', path: '/api/users', status: 200, headers: headers(), body: { users: [{ ...user, fundId: 'amsterdam-demo' }] } }))
      .toThrow(/GET \/api\/users \(listUsers\) answered 200 .*\n.*users\.0: Unrecognized key: "fundId"/);
  });

  it('fails a status the route does not declare', () => {
    expect(() => checkAnswer({ method: 'GET', path: '/api/me', status: 404, headers: headers(), body: { error: { code: 'not_found', reason: 'not_found', message: 'x' } } }))
      .toThrow(/getMe\) answered 404, which its OpenAPI operation does not declare/);
  });

  it('fails a 503 without Retry-After, and a header the response does not declare', () => {
    const unavailable = { error: { code: 'unavailable', reason: 'unavailable', message: 'x' } };
    expect(() => checkAnswer({ method: 'GET', path: '/api/me', status: 503, headers: headers(), body: unavailable })).toThrow(/without the retry-after header/);
    expect(() => checkAnswer({ method: 'GET', path: '/api/me', status: 503, headers: headers({ 'retry-after': '5' }), body: unavailable })).not.toThrow();
    const health = { status: 'ok', time: new Date().toISOString() };
    expect(() => checkAnswer({ method: 'GET', path: '/api/health', status: 200, headers: headers(), body: health })).not.toThrow();
    expect(() => checkAnswer({ method: 'GET', path: '/api/health', status: 200, headers: headers({ 'x-powered-by': 'me' }), body: health })).toThrow(/x-powered-by header/);
  });

  it('holds answers to no route, and the local demo sign-in outside the document, to the Error body', () => {
    const noRoute = { error: { code: 'no_route', reason: 'no_route', message: 'No route.' } };
    expect(() => checkAnswer({ method: 'GET', path: '/api/nothing', status: 404, headers: headers(), body: noRoute })).not.toThrow();
    expect(() => checkAnswer({ method: 'GET', path: '/api/nothing', status: 404, headers: headers(), body: 'Not found' })).toThrow(/without the Error body/);
    expect(() => checkAnswer({ method: 'GET', path: '/api/nothing', status: 200, headers: headers(), body: {} })).toThrow(/is no route/);
    expect(() => checkAnswer({ method: 'POST', path: '/api/local/sign-in', status: 400, headers: headers(), body: { message: 'x' } })).toThrow(/local demo sign-in/);
  });
});

describe('no API test gets past the contract check', () => {
  it('calls the API only through the clients that check each answer (test-api, proof-api, checkedFetch)', () => {
    const root = resolve(import.meta.dirname, '../..');
    const checking = new Set(['test/support/contract.ts', 'test/support/test-api.ts', 'test/proof/support/proof-api.ts']);
    const files = readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => `test/${f}`);
    const bypassing = files.filter((file) => !checking.has(file) && /(?<![\w.])fetch\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(bypassing).toEqual([]);
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
