import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { compressBest, sendBody, type Encoding } from './compression.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const NO_BUILD = `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Doorbraak</title>
<body><h1>Doorbraak</h1><p>The API runs under <a href="/api/health">/api</a>; its description is at
<a href="/api/openapi.json">/api/openapi.json</a>. The web app has not been built yet: run <code>npm run build</code>.</p></body></html>`;

/**
 * Serves the built web app, with index.html for every path the app routes itself (SPA fallback):
 * compressed as the browser accepts (brotli or gzip), hashed assets cached for a year, index.html
 * checked again on every visit so a new build is picked up.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL, webDir?: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  if (!webDir || !existsSync(join(webDir, 'index.html'))) {
    return sendBody(res, 200, { 'content-type': TYPES['.html']! }, Buffer.from(NO_BUILD));
  }
  const root = resolve(webDir);
  const wanted = resolve(root, normalize(`.${decodedPath(url)}`));
  const file = wanted.startsWith(root) && existsSync(wanted) && statSync(wanted).isFile() ? wanted : join(root, 'index.html');
  const immutable = file.includes(`${root}/assets/`);
  const { body, encoded } = cached(file);
  const headers = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  await sendBody(res, 200, headers, body, encoded);
}

interface CachedFile {
  /** The file's size and time of change when it was read: a rebuild (`npm run build`) is noticed. */
  version: string;
  body: Buffer;
  encoded: (encoding: Exclude<Encoding, 'identity'>) => Promise<Buffer>;
}

const files = new Map<string, CachedFile>();

/**
 * A file of the built app, read once and compressed once per encoding at the best quality (a
 * hashed asset never changes; the few others are small), kept until the file changes on disk.
 */
function cached(file: string): CachedFile {
  const stat = statSync(file);
  const version = `${stat.size}:${stat.mtimeMs}`;
  const known = files.get(file);
  if (known?.version === version) return known;
  const body = readFileSync(file);
  const versions = new Map<Exclude<Encoding, 'identity'>, Promise<Buffer>>();
  const entry: CachedFile = {
    version,
    body,
    encoded: (encoding) => versions.get(encoding) ?? versions.set(encoding, compressBest(body, encoding)).get(encoding)!,
  };
  files.set(file, entry);
  return entry;
}

/**
 * Compresses the built app's text files in the background as the server starts, so the first
 * visit does not wait for brotli's best quality (about half a second for the largest file).
 */
export function precompress(webDir: string | undefined): void {
  if (!webDir || !existsSync(join(webDir, 'index.html'))) return;
  const root = resolve(webDir);
  const assets = join(root, 'assets');
  const names = [join(root, 'index.html'), ...(existsSync(assets) ? readdirSync(assets).map((name) => join(assets, name)) : [])];
  for (const file of names.filter((name) => /\.(html|js|css|svg|json)$/.test(name))) {
    const { encoded } = cached(file);
    void Promise.all([encoded('br'), encoded('gzip')]).catch(() => undefined);
  }
}

/** A malformed escape (`/%E0`) is no file: such paths get the app, which shows its own not-found page. */
function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return '/';
  }
}
