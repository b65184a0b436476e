import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOfUser } from '../../domain/people/user.schema.js';
import { demoUser } from '../../functions/local/demo/demo-funds.js';
import { checkAnswer } from '../support/contract.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they came over the wire, still compressed if they were. */
  wire: Buffer;
  /** The bytes after undoing the Content-Encoding. */
  body: Buffer;
}

const decoded = (wire: Buffer, encoding: unknown): Buffer =>
  encoding === 'br' ? brotliDecompressSync(wire) : encoding === 'gzip' ? gunzipSync(wire) : wire;

/**
 * A GET that shows the wire: `fetch` undoes the compression silently, so this asks with node:http
 * and decodes itself. An API answer is still checked against the OpenAPI document, as checkedFetch does.
 */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const wire = Buffer.concat(chunks);
        const answer = { status: res.statusCode ?? 0, headers: res.headers, wire, body: decoded(wire, res.headers['content-encoding']) };
        const { pathname, search } = new URL(url);
        if (pathname.startsWith('/api/')) {
          const isJson = String(res.headers['content-type']).startsWith('application/json');
          const text = answer.body.toString('utf8');
          checkAnswer({ method: 'GET', path: pathname + search, status: answer.status, headers: new Headers(res.headers as Record<string, string>), body: isJson ? JSON.parse(text) : text || undefined });
        }
        done(answer);
      });
      res.on('error', fail);
    })
      .on('error', fail)
      .end();
  });
}

/** What a browser may send: some of br, gzip, deflate, identity and *, each with or without a q-value. */
const acceptEncoding = fc.option(
  fc
    .uniqueArray(
      fc.record({ name: fc.constantFrom('br', 'gzip', 'deflate', 'identity', '*', 'BR', 'Gzip'), q: fc.option(fc.constantFrom('0', '0.0', '0.3', '0.8', '1', '1.0'), { nil: undefined }) }),
      { selector: (e) => e.name.toLowerCase(), maxLength: 4 },
    )
    .map((entries) => entries.map(({ name, q }) => (q === undefined ? name : `${name};q=${q}`)).join(', ')),
  { nil: undefined },
);

/** The weight the header gives an encoding: its own entry, else `*`'s, else none (0). */
function weightIn(header: string | undefined, encoding: string): number {
  const entries = (header ?? '').split(',').map((part) => part.trim().toLowerCase().split(';q='));
  const weight = (name: string) => entries.find(([n]) => n === name);
  const found = weight(encoding) ?? weight('*');
  return found ? Number(found[1] ?? '1') : 0;
}

describe('the local server sends text compressed when the browser accepts it', () => {
  let api: TestApi;
  let token: string;
  const webDir = mkdtempSync(join(tmpdir(), 'doorbraak-web-'));
  // A small built app: index.html, a hashed script and a hashed image, like web/dist after a build.
  const script = Array.from({ length: 800 }, (_, i) => `export const label${i} = 'Aanvraag ${i} van het Doorbraakfonds';`).join('\n');
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Doorbraakfonds</title><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>`;
  const image = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));

  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), page);
    writeFileSync(join(webDir, 'assets', 'index-Ab12Cd34.js'), script);
    writeFileSync(join(webDir, 'assets', 'logo-Ef56Gh78.png'), image);
    api = await startTestApi({ webDir });
    token = await api.identity.issue(actorOfUser(demoUser('sanne')));
  });
  afterAll(async () => {
    await api?.stop();
    rmSync(webDir, { recursive: true, force: true });
  });

  /** What each kind of answer is, with the headers it must carry whatever the encoding. */
  const targets = (): { what: string; path: string; headers: Record<string, string>; cacheControl: string }[] => [
    { what: 'a hashed script', path: '/assets/index-Ab12Cd34.js', headers: {}, cacheControl: 'public, max-age=31536000, immutable' },
    { what: 'index.html', path: '/', headers: {}, cacheControl: 'no-cache' },
    { what: "a route of the app (index.html)", path: '/counsellor/cases/abc', headers: {}, cacheControl: 'no-cache' },
    { what: "the counsellor's cases (API JSON)", path: '/api/cases', headers: { authorization: `Bearer ${token}` }, cacheControl: 'no-store' },
    { what: 'the OpenAPI document (API JSON)', path: '/api/openapi.json', headers: {}, cacheControl: 'no-store' },
  ];

  it('sends the same bytes compressed or not, each encoding only where the request accepts it, with Vary', async () => {
    const plain = new Map<string, Buffer>();
    for (const target of targets()) {
      const answer = await rawGet(api.url + target.path, target.headers);
      expect(answer.status, target.what).toBe(200);
      expect(answer.headers['content-encoding'], target.what).toBeUndefined();
      // The API compresses answers of 1,000 bytes and more (as CloudFront does); the built app's files, all.
      if (target.path.startsWith('/api/')) expect(answer.wire.length, target.what).toBeGreaterThan(1000);
      plain.set(target.path, answer.wire);
    }
    expect(plain.get('/assets/index-Ab12Cd34.js')!.toString()).toBe(script);
    expect(plain.get('/')!.toString()).toBe(page);

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets()), acceptEncoding, async (target, accepted) => {
        const answer = await rawGet(api.url + target.path, { ...target.headers, ...(accepted === undefined ? {} : { 'accept-encoding': accepted }) });
        const encoding = answer.headers['content-encoding'];
        expect(answer.status).toBe(200);
        expect(answer.headers.vary).toMatch(/Accept-Encoding/);
        expect(answer.headers['cache-control']).toBe(target.cacheControl);
        expect(Number(answer.headers['content-length'])).toBe(answer.wire.length);
        expect(answer.body.equals(plain.get(target.path)!)).toBe(true);
        const br = weightIn(accepted, 'br');
        const gzip = weightIn(accepted, 'gzip');
        if (br <= 0 && gzip <= 0) expect(encoding).toBeUndefined();
        else expect(encoding).toBe(br >= gzip ? 'br' : 'gzip');
        if (encoding) expect(answer.wire.length).toBeLessThan(answer.body.length);
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it("answers Chrome's Accept-Encoding with brotli, and gzip to a client that knows only gzip", async () => {
    const chrome = await rawGet(`${api.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(chrome.headers['content-encoding']).toBe('br');
    const old = await rawGet(`${api.url}/api/openapi.json`, { 'accept-encoding': 'gzip' });
    expect(old.headers['content-encoding']).toBe('gzip');
    expect(old.wire.length).toBeLessThan(old.body.length / 3);
  });

  it('leaves an image as it is, and a small API answer uncompressed but still marked Vary', async () => {
    const png = await rawGet(`${api.url}/assets/logo-Ef56Gh78.png`, { 'accept-encoding': 'br, gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(png.body.equals(image)).toBe(true);
    const health = await rawGet(`${api.url}/api/health`, { 'accept-encoding': 'br, gzip' });
    expect(health.wire.length).toBeLessThan(1000);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.headers.vary).toMatch(/Accept-Encoding/);
  });
});
