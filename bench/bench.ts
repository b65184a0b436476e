/**
 * `npm run bench`: the API on its own DynamoDB Local (data in bench/data, git-ignored), seeded with
 * 100, 1,000 and 10,000 cases; every API operation timed over local HTTP next to its floor (the raw
 * DynamoDB requests it cannot do without, timed in the same run), the DynamoDB requests each call
 * makes, the learning picture and the scheduled job at each size, and each Lambda bundle's size and
 * cold module-load time. Prints one table and writes bench/results.json.
 *
 * Then what it costs (bench/bill.ts): the request units DynamoDB reports for each call
 * (bench/capacity.ts), the memory of each function weighed (bench/cost.ts), and a month's AWS bill
 * for a fund of 500 requests a year with the call mix of bench/call-mix.ts; written to bench/cost.json.
 *
 * Last, Lighthouse on the sign-in page and each role's first screen (bench/lighthouse.ts).
 *
 * BENCH_SIZES=100,1000 and BENCH_CALLS=10 make a quicker run; BENCH_ONLY=getCase,… measures only those
 * operations, and BENCH_ONLY=lighthouse only the pages (its figures replace those in bench/results.json).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Route } from '../functions/api/route.js';
import { conceptsOf } from '../functions/api/concepts.js';
import { routeList } from '../functions/api/routes.js';
import { runScheduledJob } from '../functions/jobs/scheduled-job.js';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local.js';
import { createDocumentClient } from '../functions/storage/client.js';
import { ensureTable } from '../functions/storage/ensure-table.js';
import { forgetCachedFund, putFund } from '../functions/fund/fund.repository.js';
import { demoFunds } from '../functions/local/demo/demo-funds.js';
import { countRequests, kindsOf, type RequestCounts } from '../functions/storage/request-counter.js';
import { store as handlerStore, type Store } from '../functions/storage/store.js';
import { callers, expectedStatus } from '../test/proof/authorization-matrix.js';
import { startProofApi, type ProofApi } from '../test/proof/support/proof-api.js';
import { fixture, OWNER, scenarios, type Fixture } from '../test/proof/support/scenarios.js';
import { seedPeople } from '../test/proof/support/seed-people.js';
import { measureBundles, type BundleResult } from './bundles.js';
import { measurePages, printPages } from './lighthouse.js';
import { seedCases } from './seed-cases.js';
import { captureRequests, floorOf } from './floor.js';
import { meterCapacity, type CapacityMeter, type Units } from './capacity.js';
import { costOf, printCost, tableBytesPerCase } from './bill.js';
import { mean, quantile, type Sample } from './cost.js';

const root = resolve(import.meta.dirname, '..');
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const CALLS = Number(process.env.BENCH_CALLS ?? 10);
/** BENCH_ONLY=getCase,castVote measures only these operations (while working on the bench). */
const only = process.env.BENCH_ONLY?.split(',');
const WARMUP = 2;

export interface OperationResult {
  operation: string;
  tableAccess: Route['tableAccess'];
  requests: RequestCounts;
  floor: string;
  p50: number;
  p95: number;
  /** The floor of all the reads the call made, and of its first read alone (the benchmark's floor before 2026-12-02). */
  floorP50: number;
  firstReadFloorP50: number;
  /** Request units one call consumed (the mean of the measured calls), as DynamoDB reported them. */
  units: Units;
  /** Each measured call's wall time and the CPU time this process spent on it. */
  samples: Sample[];
  note?: string;
}
export interface SizeResult {
  cases: number;
  operations: OperationResult[];
  job: { firstRunMs: number; attended: number; idleRunMs: number; idleRequests: RequestCounts; first: Sample & Units; idle: Sample & Units };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

const userOf: Record<string, string> = { owner: OWNER, otherOrg: 'sanne', panel: 'kees', ownOrg: 'pieter', conflict: 'anouk', manager: 'marieke', otherFund: 'daan' };
function userFor(route: Route): string {
  const index = expectedStatus[route.operationId]?.findIndex((s) => s < 300) ?? -1;
  return userOf[callers[Math.max(index, 0)]!]!;
}

async function measureOperation(api: ProofApi, route: Route, raw: DynamoDBClient, tools: Tools): Promise<OperationResult> {
  const base = { operation: route.operationId, tableAccess: route.tableAccess, requests: {}, floor: '—', p50: 0, p95: 0, floorP50: 0, firstReadFloorP50: 0, units: { rru: 0, wru: 0 }, samples: [] };
  const scenario = scenarios[route.operationId];
  if (!scenario) return { ...base, note: 'no scenario in test/proof/support/scenarios.ts' };
  const token = await api.tokenOf(userFor(route));
  const writes = route.tableAccess === 'read-write';
  // Each write gets a case of its own, made beforehand a few at a time; reads share one.
  let prepared: Fixture[];
  try {
    prepared = await inParallel(writes ? CALLS + WARMUP : 1, () => fixture(api, scenario.state, scenario.needs));
  } catch (error) {
    return { ...base, note: `no fixture: ${(error as Error).message.replace(/^.*answered/, 'answered').slice(0, 200)}` };
  }
  const times: number[] = [];
  const floors: number[] = [];
  const firstReadFloors: number[] = [];
  const samples: Sample[] = [];
  const units: Units[] = [];
  let requests: RequestCounts = {};
  let floorName = '—';
  for (let i = 0; i < CALLS + WARMUP; i++) {
    const f = prepared[writes ? i : 0]!;
    const call = scenario.request(f, { fundId: 'amsterdam-demo' });
    await api.call(token, { method: 'GET', path: '/api/me' }); // the fund in the warm function's cache, as on most calls
    tools.capture.take();
    tools.counter.reset();
    tools.meter.reset();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const answer = await api.call(token, call);
    const took = performance.now() - started;
    const cpuMs = cpuMsSince(cpu);
    if (answer.status >= 300) return { ...base, note: `answered ${answer.status} (${answer.body?.error?.reason ?? answer.body?.error?.code ?? ''}): not measured` };
    requests = tools.counter.counts();
    const sent = tools.capture.take();
    const floor = floorOf(sent, raw);
    floorName = floor.describe;
    const floorTook = await timed(floor.run);
    const firstReadTook = await timed(floorOf(sent, raw, 'first').run);
    if (i >= WARMUP) {
      times.push(took);
      floors.push(floorTook);
      firstReadFloors.push(firstReadTook);
      samples.push({ wallMs: round(took), cpuMs: round(cpuMs) });
      units.push(tools.meter.units());
    }
  }
  const meanUnits = { rru: mean(units.map((u) => u.rru)), wru: mean(units.map((u) => u.wru)) };
  return { ...base, requests, floor: floorName, p50: round(quantile(times, 0.5)), p95: round(quantile(times, 0.95)), floorP50: round(quantile(floors, 0.5)), firstReadFloorP50: round(quantile(firstReadFloors, 0.5)), units: meanUnits, samples };
}

async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function inParallel<T>(count: number, make: () => Promise<T>, width = 6): Promise<T[]> {
  const made: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      made.push(await make());
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
  return made;
}

/** Thousands of grants in one year: a budget that does not make every decision need an override. */
async function benchFund(store: Store): Promise<void> {
  await putFund(store, { ...demoFunds[0]!, settings: { ...demoFunds[0]!.settings, annualBudgetCents: 1_000_000_000_00 } }, { createOnly: false });
  forgetCachedFund(demoFunds[0]!.id);
}

interface Tools {
  counter: ReturnType<typeof countRequests>;
  capture: ReturnType<typeof captureRequests>;
  /** The request units of the handlers' client, and of the bench's own (the scheduled job's). */
  meter: CapacityMeter;
  jobMeter: CapacityMeter;
}

const cpuMsSince = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function measureJob(store: Store, tools: Tools): Promise<SizeResult['job']> {
  const now = new Date().toISOString();
  const run = async () => {
    tools.jobMeter.reset();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const report = await runScheduledJob(store, now);
    return { report, wallMs: round(performance.now() - started), cpuMs: round(cpuMsSince(cpu)), ...tools.jobMeter.units() };
  };
  const first = await run();
  tools.counter.reset();
  const idle = await run();
  const measured = ({ wallMs, cpuMs, rru, wru }: typeof first) => ({ wallMs, cpuMs, rru, wru });
  return { firstRunMs: first.wallMs, attended: first.report.attended, idleRunMs: idle.wallMs, idleRequests: tools.counter.counts(), first: measured(first), idle: measured(idle) };
}

const fmt = (n: number) => (n === 0 ? '—' : n.toFixed(1));
const ratio = (a: number, b: number) => (a > 0 && b > 0 ? `${(a / b).toFixed(1)}×` : '—');
const requestsText = (r: RequestCounts) => {
  const k = kindsOf(r);
  return Object.keys(r).length === 0 ? '0' : `${k.reads}R${k.transactions ? ` ${k.transactions}T` : ''}${k.otherWrites ? ` ${k.otherWrites}W` : ''}`;
};

function printTable(results: SizeResult[], bundles: BundleResult[]): void {
  const last = results.at(-1)!;
  const head = ['operation', 'DDB/call', 'floor', ...results.map((r) => `p50@${r.cases}`), `p95@${last.cases}`, `floor p50@${last.cases}`, 'p50/floor', 'p50/first read'];
  const rows = last.operations.map((op) => [
    op.operation, requestsText(op.requests), op.floor,
    ...results.map((r) => fmt(r.operations.find((o) => o.operation === op.operation)?.p50 ?? 0)),
    fmt(op.p95), fmt(op.floorP50), op.note ? op.note : ratio(op.p50, op.floorP50), op.note ? '' : ratio(op.p50, op.firstReadFloorP50),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 || i >= cells.length - 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\nAPI operations over local HTTP (ms; R = reads, T = transactions, W = single-item writes)`);
  console.log(line(head));
  for (const row of rows) console.log(line(row.map(String)));

  const missed = last.operations.flatMap((op) => {
    const { reads } = kindsOf(op.requests);
    const slow = !op.note && op.floorP50 > 0 && op.p50 > 1.5 * op.floorP50;
    return reads > 2 || slow ? [`${op.operation} (${reads} reads, ${ratio(op.p50, op.floorP50)})`] : [];
  });
  console.log(`\nTargets at ${last.cases} cases (at most 2 reads, p50 within 1.5× its floor): ${missed.length === 0 ? 'all met' : `missed by ${missed.join(', ')}`}`);
  const picture = results.map((r) => r.operations.find((o) => o.operation === 'getLearningPicture')?.p50 ?? 0);
  console.log(`\nLearning picture p50: ${results.map((r, i) => `${r.cases} cases ${fmt(picture[i]!)} ms`).join(', ')}; ${last.cases} vs ${results[0]!.cases}: ${ratio(picture.at(-1)!, picture[0]!)} (target ≤ 1.2×)`);
  console.log(`Scheduled job: ${results.map((r) => `${r.cases} cases: first run ${fmt(r.job.firstRunMs)} ms (${r.job.attended} due), idle run ${fmt(r.job.idleRunMs)} ms (${requestsText(r.job.idleRequests)})`).join('; ')}`);
  console.log(`\nLambda bundles (esbuild as the CDK app; AWS SDK from the runtime)`);
  for (const b of bundles) console.log(`${b.entry.padEnd(58)} ${(b.bytes / 1024).toFixed(0).padStart(5)} KB  cold load ${b.coldLoadMs.toFixed(0).padStart(4)} ms${b.bytes > 300 * 1024 ? '  over 300 KB' : ''}`);
}

const machineNow = () => ({ cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, at: new Date().toISOString() });

/** BENCH_ONLY=lighthouse: the pages alone, their figures put into the results of the last full run. */
async function lighthouseOnly(): Promise<void> {
  process.env.POWERTOOLS_LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'SILENT';
  const lighthouse = await measurePages(root);
  printPages(lighthouse);
  const file = resolve(root, 'bench/results.json');
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, `${JSON.stringify({ ...earlier, lighthouse: { machine: machineNow(), ...lighthouse } }, null, 2)}\n`);
  console.log('\nWritten the Lighthouse figures into bench/results.json');
}

async function main(): Promise<void> {
  if (only?.length === 1 && only[0] === 'lighthouse') return lighthouseOnly();
  process.env.POWERTOOLS_LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const dataDir = resolve(root, 'bench/data/dynamodb');
  rmSync(dataDir, { recursive: true, force: true });
  const dynamoDb = await startDynamoDbLocal({ dataDir });
  const stopAll = async () => void (await dynamoDb.stop());
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    process.env.DYNAMODB_ENDPOINT = dynamoDb.endpoint;
    process.env.TABLE_NAME = 'bench';
    const store: Store = { db: createDocumentClient(dynamoDb.endpoint), table: 'bench' };
    await ensureTable(store);
    await seedPeople(store);
    await benchFund(store);
    const api = await startProofApi({ store, seed: false, checkAnswers: false });
    const raw = new DynamoDBClient({ endpoint: dynamoDb.endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const tools: Tools = { counter: countRequests(handlerStore().db), capture: captureRequests(handlerStore().db), meter: meterCapacity(handlerStore().db), jobMeter: meterCapacity(store.db) };
    const results: SizeResult[] = [];
    let seeded = 0;
    for (const size of sizes) {
      await seedCases(store, seeded, size);
      seeded = size;
      const operations: OperationResult[] = [];
      for (const route of routeList.filter((r) => !only || only.includes(r.operationId))) {
        process.stderr.write(`\r  ${size} cases: ${route.operationId}`.padEnd(70));
        operations.push(await measureOperation(api, route, raw, tools));
        if (route.operationId === 'updateFundSettings' || route.operationId === 'updateFundLists') await benchFund(store); // it sent the demo settings back
      }
      process.stderr.write('\n');
      results.push({ cases: size, operations, job: await measureJob(store, tools) });
    }
    await api.stop();
    raw.destroy();
    // What is deployed: one function per concept, the scheduled job and the mailer.
    const entries = [...conceptsOf().map((c) => c.entry), 'functions/jobs/run-scheduled-job.handler.ts', 'functions/notifications/send-notifications.handler.ts'];
    const bundles = await measureBundles(root, entries, resolve(root, 'bench/data/bundles'));
    printTable(results, bundles);
    const machine = machineNow();
    const withoutSamples = results.map((r) => ({ ...r, operations: r.operations.map(({ samples: _samples, ...o }) => o) }));
    writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify({ machine, calls: CALLS, sizes: withoutSamples, bundles }, null, 2)}\n`);
    console.log(`\nWritten bench/results.json (${machine.cpus} × ${machine.cpu}, Node ${machine.node})`);
    const cost = costOf(results.at(-1)!, bundles, await tableBytesPerCase(store, seeded));
    printCost(cost);
    writeFileSync(resolve(root, 'bench/cost.json'), `${JSON.stringify({ machine, calls: CALLS, ...cost }, null, 2)}\n`);
    console.log('Written bench/cost.json');
  } finally {
    await stopAll();
  }
  // In a process of its own: the handlers keep the store they first found in the environment, which is this run's.
  if (!only || only.includes('lighthouse'))
    execFileSync(process.execPath, ['--import', 'tsx', resolve(root, 'bench/bench.ts')], { stdio: 'inherit', env: { ...process.env, BENCH_ONLY: 'lighthouse' } });
}

await main();
