import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conceptsOf, type Concept } from '../../functions/api/concepts.js';
import type { Route } from '../../functions/api/route.js';
import { routeList, routes } from '../../functions/api/routes.js';
import { synthesise } from './build.js';

const root = resolve(import.meta.dirname, '../..');
const MAX_BUNDLE_BYTES = 1024 * 1024;
/** CloudFormation's limit per stack is 500: at 80 routes (about twice today's) the stack must still leave half of it. */
const MAX_RESOURCES_AT_80_ROUTES = 250;
let out: string;

interface FunctionResource {
  Type: string;
  Properties: { Runtime?: string; Code: { S3Key?: string } };
}

const functionsOf = (template: { Resources: Record<string, FunctionResource> }) =>
  Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::Lambda::Function' && r.Properties.Runtime?.startsWith('nodejs'));

const sizeOf = (dir: string, file: string) => statSync(join(dir, file)).size;

describe('cdk synth, offline, with real bundling', () => {
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

  it('synthesises the stack from cdk.json with the checks on: a function per concept, the job and the mailer', () => {
    const template = JSON.parse(readFileSync(join(out, 'Doorbraak-dev.template.json'), 'utf8'));
    expect(functionsOf(template).length).toBe(conceptsOf().length + 2);
    const resources = Object.keys(template.Resources).length;
    console.info(`${resources} resources for ${routeList.length} routes (${(resources / routeList.length).toFixed(1)} per route)`);
    expect(resources).toBeLessThanOrEqual(MAX_RESOURCES_AT_80_ROUTES);
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

/** The route table grown to 80 routes: routes added to today's concepts, and two new concepts. */
function grownTo80(): { concepts: Concept[]; added: number; newConcepts: number } {
  const like = (i: number, concept: string): Route => ({ ...routes.getCase, operationId: `projected${i}`, path: `/api/projected/${concept}/${i}` });
  const today = conceptsOf();
  const newConcepts = ['projected-instrument', 'projected-learning'].map((name): Concept => ({ name, entry: today[0]!.entry, routes: [] }));
  const concepts = [...today.map((c) => ({ ...c, routes: [...c.routes] })), ...newConcepts];
  const added = 80 - routeList.length;
  // Most new routes join a concept that has a function already; some start a new one.
  for (let i = 0; i < added; i++) {
    const concept = i < added - 12 ? concepts[i % today.length]! : newConcepts[i % 2]!;
    concept.routes.push(like(i, concept.name));
  }
  return { concepts, added, newConcepts: newConcepts.length };
}

const countByType = (template: Template) => {
  const counts: Record<string, number> = {};
  for (const { Type } of Object.values(template.toJSON().Resources as Record<string, { Type: string }>)) counts[Type] = (counts[Type] ?? 0) + 1;
  return counts;
};

describe('the size of the stack as routes grow', () => {
  it(`costs a route one resource and a new concept seven, so 80 routes stay at ${MAX_RESOURCES_AT_80_ROUTES} resources or fewer`, () => {
    const today = countByType(synthesise().template);
    const grown = grownTo80();
    const projected = countByType(synthesise({}, { concepts: grown.concepts }).template);
    const growth = Object.fromEntries(
      Object.keys(projected).map((type) => [type, projected[type]! - (today[type] ?? 0)]).filter(([, n]) => n !== 0),
    );
    const perFunction = ['AWS::Lambda::Function', 'AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::Logs::LogGroup', 'AWS::CloudWatch::Alarm', 'AWS::ApiGatewayV2::Integration', 'AWS::Lambda::Permission'];
    expect(growth).toEqual({ 'AWS::ApiGatewayV2::Route': grown.added, ...Object.fromEntries(perFunction.map((type) => [type, grown.newConcepts])) });
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    console.info(`resources: ${total(today)} at ${routeList.length} routes, ${total(projected)} at 80 routes in ${grown.concepts.length} concepts`);
    expect(total(projected)).toBeLessThanOrEqual(MAX_RESOURCES_AT_80_ROUTES);
  }, 180_000);
});

