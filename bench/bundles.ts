import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export interface BundleResult {
  entry: string;
  bytes: number;
  coldLoadMs: number;
}

// The same options as infra/constructs/app-function.ts gives NodejsFunction.
const requireShim = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** Loads a module in a fresh Node process and says how long the import took: the cold start's own share. */
function coldLoad(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
  const times = [0, 1, 2].map(() =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TABLE_NAME: 'bench', POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_REGION: 'eu-west-1' },
      encoding: 'utf8',
    }).trim()),
  );
  return times.sort((a, b) => a - b)[1]!;
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
    results.push({ entry, bytes: statSync(outfile).size, coldLoadMs: coldLoad(outfile) });
  }
  return results;
}
