import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { SignJWT, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Actor } from '../../../domain/people/actor.schema.js';
import { actorOfUser } from '../../../domain/people/user.schema.js';
import { seedDemo } from '../../../functions/local/demo/seed.js';
import { demoUser } from '../../../functions/local/demo/demo-funds.js';
import { createLocalIdentity, LOCAL_ISSUER, type LocalIdentity } from '../../../functions/local/local-identity.js';
import { createLocalServer } from '../../../functions/local/local-server.js';
import { claimsOf } from '../../../functions/people/claims-of-user.js';
import { tokenAudience } from '../../../functions/people/claims.js';
import type { Store } from '../../../functions/storage/store.js';
import { checkAnswer } from '../../support/contract.js';

export interface Answer {
  status: number;
  /** Parsed JSON when the answer is JSON, else the text. */
  body: any;
  text: string;
  headers: Headers;
}

export interface Call {
  method: string;
  path: string;
  /** Sent as JSON unless `raw` is given. */
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

export interface ProofApi {
  url: string;
  store: Store;
  identity: LocalIdentity;
  call: (token: string | undefined, call: Call) => Promise<Answer>;
  tokenOf: (userIdOrActor: string | Actor) => Promise<string>;
  forged: ForgedTokens;
  stop: () => Promise<void>;
}

/** Tokens that API Gateway's JWT authorizer must refuse, each made as an attacker would. */
export interface ForgedTokens {
  expired: (actor: Actor) => Promise<string>;
  otherKey: (actor: Actor) => Promise<string>;
  algNone: (actor: Actor) => string;
  alteredClaims: (token: string, change: Record<string, unknown>) => string;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function forgedTokens(keyFile: string): Promise<ForgedTokens> {
  const { privateJwk } = JSON.parse(readFileSync(keyFile, 'utf8')) as { privateJwk: JWK };
  const realKey = await importJWK(privateJwk, 'ES256');
  const strangerKey = (await generateKeyPair('ES256')).privateKey;
  const sign = (actor: Actor, key: Parameters<SignJWT['sign']>[0], expires: number | string) =>
    new SignJWT(claimsOf(actor)).setProtectedHeader({ alg: 'ES256' }).setIssuer(LOCAL_ISSUER).setAudience(tokenAudience)
      .setIssuedAt().setExpirationTime(expires).sign(key);
  return {
    expired: (actor) => sign(actor, realKey, Math.floor(Date.now() / 1000) - 60),
    otherKey: (actor) => sign(actor, strangerKey, '1h'),
    algNone: (actor) => {
      const now = Math.floor(Date.now() / 1000);
      return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claimsOf(actor), iss: LOCAL_ISSUER, aud: tokenAudience, iat: now, exp: now + 3600 })}.`;
    },
    alteredClaims: (token, change) => {
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
      return `${header}.${b64({ ...claims, ...change })}.${signature}`;
    },
  };
}

/**
 * The API as `npm start` serves it (real HTTP, the route table, the local token check and the
 * Lambda handlers) on a fresh seeded table, with a signing key on disk so the proofs can forge tokens.
 * Every answer is checked against the OpenAPI document (`checkAnswer`) unless `checkAnswers` is false
 * (the benchmark, which times the call): one the document does not declare fails the proof.
 */
export async function startProofApi(options: { store?: Store; seed?: boolean; checkAnswers?: boolean } = {}): Promise<ProofApi> {
  // Imported only under vitest: the benchmark brings its own store.
  const store = options.store ?? (await (await import('../../support/test-store.js')).testStore());
  if (options.seed !== false) await seedDemo(store, new Date());
  const keyDir = mkdtempSync(join(tmpdir(), 'doorbraak-proof-'));
  const keyFile = join(keyDir, 'key.json');
  const identity = await createLocalIdentity(keyFile);
  const forged = await forgedTokens(keyFile);
  const server = createLocalServer({ store, identity, root: resolve(import.meta.dirname, '../../..') });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const call = async (token: string | undefined, c: Call): Promise<Answer> => {
    const body = c.raw ?? (c.body === undefined ? undefined : JSON.stringify(c.body));
    const response = await fetch(url + c.path, {
      method: c.method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined && c.raw === undefined ? { 'content-type': 'application/json' } : {}),
        ...c.headers,
      },
      ...(body !== undefined ? { body } : {}),
    });
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.startsWith('application/json') && text !== '';
    const answer = { status: response.status, body: isJson ? JSON.parse(text) : text, text, headers: response.headers };
    if (options.checkAnswers !== false) checkAnswer({ method: c.method, path: c.path, ...answer });
    return answer;
  };

  return {
    url,
    store,
    identity,
    call,
    forged,
    tokenOf: (who) => identity.issue(typeof who === 'string' ? actorOfUser(demoUser(who)) : who),
    stop: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      rmSync(keyDir, { recursive: true, force: true });
    },
  };
}

/** Every item of the table, sorted by key: tests may scan, the functions may not. */
export async function allItems(store: Store): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.db.send(new ScanCommand({ TableName: store.table, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) => `${a.PK}|${a.SK}`.localeCompare(`${b.PK}|${b.SK}`));
}

const keyOf = (item: Record<string, unknown>) => `${item.PK}|${item.SK}`;

/** Puts the table back to a snapshot: items added since are deleted, changed ones written back. Keeps comparisons quick. */
export async function restoreItems(store: Store, snapshot: Record<string, unknown>[]): Promise<void> {
  const wanted = new Map(snapshot.map((i) => [keyOf(i), i]));
  const now = await allItems(store);
  const writes = [
    ...now.filter((i) => !wanted.has(keyOf(i))).map((i) => ({ DeleteRequest: { Key: { PK: i.PK, SK: i.SK } } })),
    ...snapshot.filter((i) => JSON.stringify(now.find((n) => keyOf(n) === keyOf(i))) !== JSON.stringify(i)).map((i) => ({ PutRequest: { Item: i } })),
  ];
  for (let at = 0; at < writes.length; at += 25)
    await store.db.send(new BatchWriteCommand({ RequestItems: { [store.table]: writes.slice(at, at + 25) } }));
}
