import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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

/** Serves the built web app, with index.html for every path the app routes itself (SPA fallback). */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL, webDir?: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  if (!webDir || !existsSync(join(webDir, 'index.html'))) {
    res.writeHead(200, { 'content-type': TYPES['.html']! }).end(NO_BUILD);
    return;
  }
  const root = resolve(webDir);
  const wanted = resolve(root, normalize(`.${decodedPath(url)}`));
  const file = wanted.startsWith(root) && existsSync(wanted) && statSync(wanted).isFile() ? wanted : join(root, 'index.html');
  const immutable = file.includes(`${root}/assets/`);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}

/** A malformed escape (`/%E0`) is no file: such paths get the app, which shows its own not-found page. */
function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return '/';
  }
}
