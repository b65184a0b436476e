import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeList } from '../../functions/api/routes.js';

const root = resolve(import.meta.dirname, '../..');
const MAX_BUNDLE_BYTES = 1024 * 1024;
let out: string;

/**
 * `cdk synth` as a deployer runs it, through the CLI and cdk.json, with every function really
 * bundled by esbuild. Network is pointed at a closed port, so any attempt to reach out would fail.
 */
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'doorbraak-cdk-out-'));
  execFileSync(resolve(root, 'node_modules/.bin/cdk'), ['synth', '-q', '--no-notices', '--no-version-reporting', '--output', out], {
    cwd: root,
    timeout: 240_000,
    stdio: 'pipe',
    env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '' },
  });
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface FunctionResource {
  Type: string;
  Properties: { Runtime?: string; Code: { S3Key?: string } };
}

const functionsOf = (template: { Resources: Record<string, FunctionResource> }) =>
  Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::Lambda::Function' && r.Properties.Runtime?.startsWith('nodejs'));

const sizeOf = (dir: string, file: string) => statSync(join(dir, file)).size;

describe('cdk synth, offline, with real bundling', () => {
  it('synthesises the stack from cdk.json with the checks on', () => {
    const template = JSON.parse(readFileSync(join(out, 'Doorbraak-dev.template.json'), 'utf8'));
    expect(functionsOf(template).length).toBeGreaterThanOrEqual(routeList.length);
  });

  it('keeps every function bundle under 1 MB', () => {
    const template = JSON.parse(readFileSync(join(out, 'Doorbraak-dev.template.json'), 'utf8'));
    const sizes = functionsOf(template).map(([id, fn]) => {
      const asset = join(out, `asset.${fn.Properties.Code.S3Key!.replace(/\.zip$/, '')}`);
      const code = readdirSync(asset).find((f) => /\.m?js$/.test(f))!;
      return { id, kB: Math.round(sizeOf(asset, code) / 1024), bytes: sizeOf(asset, code) };
    });
    console.info(`function bundles (kB, without source maps):\n${sizes.map((s) => `${String(s.kB).padStart(5)}  ${s.id}`).join('\n')}`);
    for (const { id, bytes } of sizes) expect(bytes, id).toBeLessThan(MAX_BUNDLE_BYTES);
  });
});
