/**
 * Builds the web app before `npm start` when web/dist is missing or older than its sources, so a
 * fresh checkout serves the app at `/` with no extra step. Skips the build when nothing changed.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const built = join(root, 'web/dist/index.html');
// Everything the bundle is made of: the app, its config, and the domain schemas it imports.
const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'domain', 'functions/api/views.schema.ts', 'package-lock.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

export async function ensureWebBuild(): Promise<void> {
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const changedAt = Math.max(...sources.map((s) => newestChange(join(root, s))));
  if (builtAt > changedAt) return;
  console.log(builtAt === 0 ? 'Building the web app (first start, about 5 s) …' : 'The web app changed: rebuilding it (about 5 s) …');
  // Under vitest NODE_ENV is 'test', which would give React's development build: build for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(root, 'web/vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  console.log('Web app built into web/dist.');
}

if (import.meta.url === `file://${process.argv[1]}`) await ensureWebBuild();
