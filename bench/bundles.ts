import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export interface BundleResult {
  entry: string;
  bytes: number;
  coldLoadMs: number;
  /** The CPU time of that load (all threads: the compile threads too), which, unlike the wall time, a busy machine barely changes. */
  coldLoadCpuMs: number;
  /** The resident set of the fresh Node process once the bundle is loaded (its memory floor). */
  rssMiB: number;
}

// The same options as infra/constructs/app-function.ts gives NodejsFunction.
const requireShim = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** Loads a module in a fresh Node process and says how long the import took (the cold start's own share) and the memory it then holds. */
function coldLoad(file: string): { ms: number; cpuMs: number; rssMiB: number } {
  const script = `const t = performance.now(); const c = process.cpuUsage(); await import(${JSON.stringify(pathToFileURL(file).href)}); const u = process.cpuUsage(c); console.log(performance.now() - t, (u.user + u.system) / 1000, process.memoryUsage().rss / 2 ** 20);`;
  const runs = [0, 1, 2].map(() => {
    const [ms, cpuMs, rss] = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TABLE_NAME: 'bench', POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_REGION: 'eu-west-1' },
      encoding: 'utf8',
    }).trim().split(' ').map(Number);
    return { ms: ms!, cpuMs: cpuMs!, rssMiB: rss! };
  });
  return runs.sort((a, b) => a.ms - b.ms)[1]!;
}

/** Bundles each Lambda entry as the CDK app does (esbuild, ESM, minified, AWS SDK left to the runtime). */
export async function measureBundles(root: string, entries: string[], outDir: string): Promise<BundleResult[]> {
  mkdirSync(outDir, { recursive: true });
  const results: BundleResult[] = [];
  for (const entry of entries) {
    const outfile = join(outDir, basename(entry).replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [resolve(root, entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node24',
      minify: true, mainFields: ['module', 'main'], banner: { js: requireShim }, external: ['@aws-sdk/*'], logLevel: 'silent',
    });
    const load = coldLoad(outfile);
    results.push({ entry, bytes: statSync(outfile).size, coldLoadMs: load.ms, coldLoadCpuMs: load.cpuMs, rssMiB: load.rssMiB });
  }
  return results;
}
