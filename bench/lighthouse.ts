/**
 * Lighthouse 12.2.3 on the sign-in page and on each role's first screen (counsellor's case list,
 * panel queue, manager's inbox), served by the local server as `npm start` serves them, in Debian's
 * Chromium, with Lighthouse's mobile and desktop presets (simulated throttling). Part of
 * `npm run bench`; `BENCH_ONLY=lighthouse npm run bench` runs only this and writes its figures into
 * bench/results.json. BENCH_LIGHTHOUSE_RUNS=3 (the default) runs each page that often and keeps the
 * run with the median performance score.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
// puppeteer-core is Lighthouse's own dependency (the version it drives); it gives Lighthouse a page
// whose session storage holds the token before the app's first script runs.
import puppeteer, { type Browser } from 'puppeteer-core';
import { startLocalApp, type LocalApp } from '../functions/local/local-app.js';
import { TOKEN_KEY } from '../web/src/lib/auth/authenticator.js';
import { ensureWebBuild } from '../web/scripts/ensure-build.js';

export interface PageScore {
  page: string;
  path: string;
  formFactor: 'mobile' | 'desktop';
  /** The category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The scripts the page loaded: how many, their bytes on the wire, and their size gzipped (as a server that compresses would send them). */
  scripts: number;
  scriptTransferBytes: number;
  scriptGzipBytes: number;
  /** Everything the page loaded, on the wire. */
  totalTransferBytes: number;
}

export interface LighthouseResult {
  lighthouse: string;
  chromium: string;
  runs: number;
  /** The JavaScript index.html itself loads (its module script and modulepreloads), gzipped: the first visit's share before any route chunk. */
  entryJsGzipBytes: number;
  pages: PageScore[];
}

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const pages = [
  { page: 'sign-in', path: '/sign-in' },
  { page: 'counsellor: case list', path: '/counsellor', userId: 'sanne' },
  { page: 'panel: queue', path: '/panel', userId: 'pieter' },
  { page: 'manager: inbox', path: '/manager', userId: 'marieke' },
] as const;

const mobileConfig: Config = { extends: 'lighthouse:default' };
const categories = ['performance', 'accessibility', 'best-practices'];

/** The JavaScript index.html names: its module script and every modulepreload, gzipped. */
export function entryJsGzipBytes(webDir: string): number {
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(webDir, file))).length, 0);
}

async function tokenOf(app: LocalApp, userId: string): Promise<string> {
  const answer = await fetch(`${app.url}/api/local/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fundId: 'amsterdam-demo', userId }) });
  if (!answer.ok) throw new Error(`sign-in of ${userId} answered ${answer.status}`);
  return ((await answer.json()) as { token: string }).token;
}

interface NetworkItem { url: string; resourceType?: string; transferSize?: number }

function scoreOf(lhr: Result, page: (typeof pages)[number], formFactor: PageScore['formFactor'], webDir: string): PageScore {
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []);
  const scripts = items.filter((i) => i.resourceType === 'Script');
  const gzipOf = (url: string) => gzipSync(readFileSync(join(webDir, new URL(url).pathname))).length;
  const category = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    page: page.page, path: page.path, formFactor,
    performance: category('performance'), accessibility: category('accessibility'), bestPractices: category('best-practices'),
    fcpMs: Math.round(audit('first-contentful-paint')), lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')), cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    scripts: scripts.length,
    scriptTransferBytes: scripts.reduce((sum, s) => sum + (s.transferSize ?? 0), 0),
    scriptGzipBytes: scripts.reduce((sum, s) => sum + gzipOf(s.url), 0),
    totalTransferBytes: items.reduce((sum, s) => sum + (s.transferSize ?? 0), 0),
  };
}

async function audit(browser: Browser, app: LocalApp, page: (typeof pages)[number], formFactor: PageScore['formFactor'], webDir: string): Promise<{ score: PageScore; lhr: Result }> {
  const tab = await browser.newPage();
  try {
    if ('userId' in page) {
      const token = await tokenOf(app, page.userId);
      // Before every document's own scripts, so the app starts signed in as it would after the sign-in page.
      await tab.evaluateOnNewDocument((key: string, value: string) => {
        try {
          window.sessionStorage.setItem(key, value);
        } catch {
          // about:blank, where Lighthouse starts, has no storage.
        }
      }, TOKEN_KEY, token);
    }
    const flags: Flags = { output: 'json', logLevel: 'error', onlyCategories: categories };
    const result = await lighthouse(`${app.url}${page.path}`, flags, formFactor === 'desktop' ? desktopConfig : mobileConfig, tab);
    if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${result.lhr.runtimeError.message}`);
    return { score: scoreOf(result.lhr, page, formFactor, webDir), lhr: result.lhr };
  } finally {
    await tab.close();
  }
}

/** Runs Lighthouse on the four pages with both presets; the app runs on its own in-memory DynamoDB Local, seeded with the demo data. */
export async function measurePages(root: string, log: (line: string) => void = (line) => process.stderr.write(line)): Promise<LighthouseResult> {
  await ensureWebBuild();
  const webDir = join(root, 'web/dist');
  const app = await startLocalApp({ root, port: 0, table: 'doorbraak-lighthouse', seed: true, webDir, runJob: false });
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const scores: PageScore[] = [];
    let lighthouseVersion = '';
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (const page of pages) {
        const runs: PageScore[] = [];
        for (let run = 0; run < RUNS; run++) {
          log(`\r  Lighthouse ${formFactor} ${page.path} run ${run + 1}/${RUNS}`.padEnd(70));
          const { score, lhr } = await audit(browser, app, page, formFactor, webDir);
          lighthouseVersion = lhr.lighthouseVersion;
          runs.push(score);
        }
        scores.push(runs.sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!);
      }
    }
    log('\n');
    return { lighthouse: lighthouseVersion, chromium: await browser.version(), runs: RUNS, entryJsGzipBytes: entryJsGzipBytes(webDir), pages: scores };
  } finally {
    await browser.close();
    await app.stop();
  }
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

export function printPages(result: LighthouseResult): void {
  console.log(`\nLighthouse ${result.lighthouse}, ${result.chromium}, median of ${result.runs} run(s) by performance score; first visit's entry JS ${kib(result.entryJsGzipBytes)} KiB gzipped`);
  const head = ['page', 'preset', 'perf', 'a11y', 'best', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'JS files', 'JS wire KiB', 'JS gzip KiB', 'all wire KiB'];
  const rows = result.pages.map((p) => [p.page, p.formFactor, p.performance, p.accessibility, p.bestPractices, p.fcpMs, p.lcpMs, p.tbtMs, p.cls.toFixed(3), p.scripts, kib(p.scriptTransferBytes), kib(p.scriptGzipBytes), kib(p.totalTransferBytes)].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  for (const row of rows) console.log(line(row));
}
