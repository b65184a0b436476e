import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { JWTPayload } from 'jose';
import type * as z from 'zod';
import type { Route } from '../api/route.js';
import { conceptOf, functionEntry } from '../api/concepts.js';
import { routeList } from '../api/routes.js';
import type { healthUnavailableSchema } from '../api/views.schema.js';
import type { Store } from '../storage/store.js';
import { toLambdaEvent, localContext } from './lambda-event.js';
import type { ReasonCode } from '../../domain/shared/reasons.js';
import type { StoreState } from './dynamodb-local.js';
import type { LocalIdentity } from './local-identity.js';
import { listSignInUsers, signIn, signInSchema } from './local-sign-in.js';
import { routeMatcher } from './route-matcher.js';
import { precompress, serveStatic } from './static-files.js';
import { sendBody } from './compression.js';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const MAX_REQUEST_BYTES = 1024 * 1024;

export interface LocalServerOptions {
  store: Store;
  identity: LocalIdentity;
  /** The repository root, where the concepts' function modules are found. */
  root: string;
  /** The built web app to serve at `/`, if there is one. */
  webDir?: string;
  /** Whether DynamoDB Local is answering; while it restarts, every API route answers 503. Always up when left out. */
  storeState?: () => StoreState;
  /** The password-less demo sign-in (`/api/local/…`); on unless false. */
  demoSignIn?: boolean;
}

const RETRY_AFTER_SECONDS = '5';

/** A JSON answer, compressed when the request accepts it and it is large enough (compression.ts). */
const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  sendBody(res, status, { 'content-type': 'application/json; charset=utf-8', ...headers }, Buffer.from(JSON.stringify(body)));

/** A refusal in the API's own shape: the reason from the one list, so the web can say it in the user's language. */
const problem = (res: ServerResponse, status: number, reason: ReasonCode, message: string, headers: Record<string, string> = {}) =>
  send(res, status, { error: { code: reason, reason, message } }, headers);

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BYTES) chunks.push(chunk);
    });
    req.on('end', () => done(size > MAX_REQUEST_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/**
 * Serves the route table over HTTP the way API Gateway does on AWS: verifies the bearer token,
 * turns the request into an HTTP API (v2) event and calls the Lambda function of the route's
 * concept, whose router hands it to the route's own handler by the event's route key.
 */
export function createLocalServer(options: LocalServerOptions): Server {
  const match = routeMatcher(routeList);
  precompress(options.webDir);
  const handlers = new Map<string, Promise<Handler>>();
  const handlerOf = (route: Route) => {
    const url = pathToFileURL(resolve(options.root, functionEntry(conceptOf(route)))).href;
    if (!handlers.has(url)) handlers.set(url, import(url).then((m: { handler: Handler }) => m.handler));
    return handlers.get(url)!;
  };

  async function verified(req: IncomingMessage): Promise<JWTPayload | undefined> {
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return undefined;
    return options.identity.verify(token).catch(() => undefined);
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const body = await readBody(req);
    if (body === undefined) return problem(res, 413, 'body_too_large', 'The request is larger than 1 MiB.');
    const storeState = options.storeState?.() ?? 'up';
    if (storeState !== 'up') {
      const retry = { 'retry-after': RETRY_AFTER_SECONDS };
      if (url.pathname === '/api/health') return send(res, 503, { status: 'unavailable', store: storeState } satisfies z.infer<typeof healthUnavailableSchema>, retry);
      return problem(res, 503, 'unavailable', 'The store is restarting. Nothing was changed: try again in a few seconds.', retry);
    }
    if (url.pathname.startsWith('/api/local/')) return localRoute(req, res, url, body);

    let found;
    try {
      found = match(req.method ?? 'GET', url.pathname);
    } catch {
      return problem(res, 400, 'bad_path', 'The path is not valid.');
    }
    if ('status' in found) return problem(res, found.status, found.status === 404 ? 'no_route' : 'method_not_allowed', `No route ${req.method} ${url.pathname}.`);
    const claims = found.route.roles === 'public' ? undefined : await verified(req);
    if (found.route.roles !== 'public' && !claims)
      return problem(res, 401, 'unauthenticated', 'Sign in first: a valid, unexpired bearer token is needed.');
    const event = toLambdaEvent(req, url, found.route, found.params, body, claims);
    const result = await (await handlerOf(found.route))(event, localContext(found.route));
    const answer = Buffer.from(result.body ?? '', result.isBase64Encoded ? 'base64' : 'utf8');
    await sendBody(res, result.statusCode ?? 200, (result.headers ?? {}) as Record<string, string>, answer);
  }

  /** The demo's stand-in for a hosted sign-in page; never on when the runtime listens beyond this machine, unless asked. */
  async function localRoute(req: IncomingMessage, res: ServerResponse, url: URL, body: string) {
    if (options.demoSignIn === false)
      return problem(res, 403, 'demo_sign_in_disabled', 'The password-less demo sign-in is off because the server listens beyond this machine (HOST). Set ALLOW_DEMO_SIGN_IN=true to allow it.');
    if (url.pathname === '/api/local/users' && req.method === 'GET') return send(res, 200, await listSignInUsers(options.store));
    if (url.pathname === '/api/local/sign-in' && req.method === 'POST') return localSignIn(res, body);
    return problem(res, 404, 'no_route', `No route ${req.method} ${url.pathname}.`);
  }

  async function localSignIn(res: ServerResponse, body: string) {
    let input;
    try {
      input = signInSchema.parse(JSON.parse(body));
    } catch {
      return problem(res, 400, 'invalid_value', 'Send { "fundId": "…", "userId": "…" } as JSON, each an id of at most 64 letters, digits, - or _.');
    }
    const session = await signIn(options.store, options.identity, input);
    if (!session) return problem(res, 401, 'unknown_user', 'No such enabled user in that fund.');
    return send(res, 200, session);
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const work = url.pathname.startsWith('/api/') ? api(req, res, url) : serveStatic(req, res, url, options.webDir);
    work.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) void problem(res, 500, 'internal', 'The local server failed; see its console.');
    });
  });
}
