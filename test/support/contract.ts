import { appendFileSync } from 'node:fs';
import * as z from 'zod';
import { openApiDocument } from '../../functions/api/openapi.js';
import { routeList } from '../../functions/api/routes.js';
import type { Route } from '../../functions/api/route.js';
import { routeMatcher } from '../../functions/local/route-matcher.js';

/**
 * Every answer of every API test, held against the OpenAPI document the API serves: the status must
 * be declared for the route, the body must match the schema declared for that status and content
 * type, each required header must be there and each header sent must be declared. A mismatch throws,
 * so the test that made the request fails with the route, the status and the zod issues.
 *
 * The check reads the document, not the zod schemas it is made from: that is what a client sees
 * (`additionalProperties: false` included, which zod's own parse would quietly strip).
 *
 * Outside the document, and said so: the local runtime's demo sign-in (`/api/local/…`, never
 * deployed), whose refusals must still be the Error; and answers to no route at all (an unknown
 * path, a wrong method, a path that does not decode), which the gateway gives, checked as the Error.
 */

export interface Exchange {
  method: string;
  /** As requested, with its query string if any. */
  path: string;
  status: number;
  headers: Headers;
  /** Parsed JSON when the answer is JSON, else its text ('' or undefined when empty). */
  body: unknown;
}

export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
}

type Json = Record<string, any>;

// The same document GET /api/openapi.json serves (test/api/openapi.test.ts checks they are equal).
const document = JSON.parse(JSON.stringify(openApiDocument())) as Json;
const match = routeMatcher(routeList);

/** Headers of the transport, which no OpenAPI document declares (compression among them: see functions/local/compression.ts). */
const transportHeaders = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'vary']);

const definitions = JSON.parse(JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', '#/$defs/')) as Json;

const compiled = new Map<string, z.ZodType>();
/** A schema of the document as zod, its references resolved against components.schemas. */
function schemaOf(key: string, schema: Json): z.ZodType {
  let zod = compiled.get(key);
  if (!zod) {
    const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', '#/$defs/')) as Json;
    zod = z.fromJSONSchema({ ...rewritten, $defs: definitions } as never);
    compiled.set(key, zod);
  }
  return zod;
}

const resolveRef = <T extends Json>(value: T): Json => {
  if (typeof value.$ref !== 'string') return value;
  const [, , section, name] = (value.$ref as string).split('/');
  const target = document.components?.[section!]?.[name!] as Json | undefined;
  if (!target) throw new ContractViolation(`The document refers to ${value.$ref}, which it does not hold.`);
  return target;
};

const shown = (body: unknown) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text === undefined ? '(empty)' : text.length > 600 ? `${text.slice(0, 600)} …` : text;
};

const issuesOf = (error: z.ZodError) =>
  error.issues.slice(0, 20).map((issue) => `  ${issue.path.join('.') || '(body)'}: ${issue.message}${issue.code === 'invalid_union' ? ` ${JSON.stringify(issue.errors.map((e) => e.map((i) => `${i.path.join('.')}: ${i.message}`)))}` : ''}`).join('\n') + (error.issues.length > 20 ? `\n  … and ${error.issues.length - 20} more` : '');

let checked = 0;
const log = process.env.DOORBRAAK_CONTRACT_LOG;

function record(what: string, status: number): void {
  checked++;
  if (log) appendFileSync(log, `${what} ${status}\n`);
}

/** How many answers this process has checked against the document. */
export const checkedAnswers = (): number => checked;

function checkBody(where: string, key: string, schema: Json | undefined, status: number, body: unknown): void {
  if (!schema) return;
  const parsed = schemaOf(key, schema).safeParse(body);
  if (!parsed.success)
    throw new ContractViolation(`${where} answered ${status} with a body its declared response does not allow:\n${issuesOf(parsed.error)}\nbody: ${shown(body)}`);
}

function checkOutsideDocument(where: string, x: Exchange): void {
  if (x.status < 400) return;
  const parsed = schemaOf('Error', { $ref: '#/components/schemas/Error' }).safeParse(x.body);
  if (!parsed.success) throw new ContractViolation(`${where} answered ${x.status} without the Error body:\n${issuesOf(parsed.error)}\nbody: ${shown(x.body)}`);
}

function checkRoute(route: Route, x: Exchange): void {
  const where = `${route.method} ${route.path} (${route.operationId})`;
  const operation = document.paths?.[route.path]?.[route.method.toLowerCase()] as Json | undefined;
  if (!operation) throw new ContractViolation(`${where} is in the route table but not in the OpenAPI document.`);
  const declared = operation.responses?.[String(x.status)] as Json | undefined;
  if (!declared)
    throw new ContractViolation(`${where} answered ${x.status}, which its OpenAPI operation does not declare (it declares ${Object.keys(operation.responses).join(', ')}).\nbody: ${shown(x.body)}`);
  const response = resolveRef(declared);

  const content = (response.content ?? {}) as Record<string, Json>;
  const type = x.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  const empty = x.body === undefined || x.body === '';
  if (Object.keys(content).length === 0) {
    if (!empty) throw new ContractViolation(`${where} answered ${x.status} with a body, where its declared response has none.\nbody: ${shown(x.body)}`);
  } else {
    if (!type || !(type in content))
      throw new ContractViolation(`${where} answered ${x.status} as ${type ?? 'no content type'}, where it declares ${Object.keys(content).join(', ')}.\nbody: ${shown(x.body)}`);
    checkBody(where, `${route.operationId} ${x.status} ${type}`, content[type]!.schema as Json | undefined, x.status, x.body);
  }

  const declaredHeaders = Object.fromEntries(
    Object.entries((response.headers ?? {}) as Record<string, Json>).map(([name, h]) => [name.toLowerCase(), resolveRef(h)]),
  );
  for (const [name, h] of Object.entries(declaredHeaders)) {
    const value = x.headers.get(name);
    if (value === null) {
      if (h.required) throw new ContractViolation(`${where} answered ${x.status} without the ${name} header its response declares required.`);
      continue;
    }
    const parsed = schemaOf(`${route.operationId} ${x.status} header ${name}`, h.schema as Json).safeParse(value);
    if (!parsed.success) throw new ContractViolation(`${where} answered ${x.status} with ${name}: ${value}, which its declared header does not allow:\n${issuesOf(parsed.error)}`);
  }
  for (const name of x.headers.keys()) {
    if (!transportHeaders.has(name) && !(name in declaredHeaders))
      throw new ContractViolation(`${where} answered ${x.status} with a ${name} header, which its response does not declare (it declares ${Object.keys(declaredHeaders).join(', ') || 'none'}).`);
  }
}

/**
 * Throws a ContractViolation when the answer is not what the OpenAPI document declares for its
 * route and status; answers outside the document are checked as said above. Static files of the web
 * app (any path outside /api/) are not the API's and pass.
 */
export function checkAnswer(x: Exchange): void {
  // As the server sees it: fetch resolves dot segments and escapes what a URL cannot hold.
  const pathname = new URL(x.path, 'http://localhost').pathname;
  if (!pathname.startsWith('/api/')) return;
  if (pathname.startsWith('/api/local/')) {
    checkOutsideDocument(`${x.method} ${pathname} (local demo sign-in, not in the document)`, x);
    return record(`local:${x.method} ${pathname}`, x.status);
  }
  let found: ReturnType<typeof match>;
  try {
    found = match(x.method, pathname);
  } catch {
    if (x.status !== 400) throw new ContractViolation(`${x.method} ${pathname} does not decode, yet answered ${x.status} rather than 400.`);
    checkOutsideDocument(`${x.method} ${pathname} (no route: the path does not decode)`, x);
    return record('no-route', x.status);
  }
  if ('status' in found) {
    if (x.status !== found.status && x.status !== 413 && x.status !== 503)
      throw new ContractViolation(`${x.method} ${pathname} is no route (${found.status}), yet answered ${x.status}.`);
    checkOutsideDocument(`${x.method} ${pathname} (no route)`, x);
    return record('no-route', x.status);
  }
  checkRoute(found.route, x);
  record(found.route.operationId, x.status);
}

/** `fetch`, with its answer checked as above: for the tests that call a server by URL rather than through a test client. */
export async function checkedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, init);
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json') && text !== '';
  const { pathname, search } = new URL(url);
  checkAnswer({ method: init.method ?? 'GET', path: pathname + search, status: response.status, headers: response.headers, body: isJson ? JSON.parse(text) : text || undefined });
  return new Response(text === '' ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
}
