import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { conceptOf, conceptsOf, functionEntry } from '../functions/api/concepts.js';
import { routeList } from '../functions/api/routes.js';
import type { Store } from '../functions/storage/store.js';
import { memoryOf } from '../infra/function-memory.js';
import type { OperationResult, SizeResult } from './bench.js';
import type { BundleResult } from './bundles.js';
import { callsPerCase, callsPerMonth, emailsPerCase, fundProfile } from './call-mix.js';
import {
  durationAt, gbSeconds, initAt, mean, monthlyBill, prices, quantile, targets, usageOf, weighMemory,
  type Bill, type FunctionMeasure, type Measured, type MemoryOption, type Sample,
} from './cost.js';

/**
 * Assumptions the bench cannot measure on one machine, each with its reason. They are the inputs of
 * the bill besides the measured units and durations.
 */
export const assumptions = {
  /** A function's environment lives some 10 minutes idle: at most one cold start per function per 10 working minutes (21 days × 8 h). */
  coldStartWindowsPerMonth: 21 * 8 * 6,
  /** The job runs every 15 minutes (infra/constructs/jobs.ts): taken as cold every time. */
  jobRunsPerMonth: (30 * 24 * 60) / 15,
  /** What the job attends per case over its life: a voting deadline, two follow-ups due, one overdue. */
  jobAttendedPerCase: 4,
  /** The mailer (Cognito look-up of the addresses, then SES per address) cannot run locally: 250 ms a notification, 15 ms of it CPU. */
  mailerSample: { wallMs: 250, cpuMs: 15 } satisfies Sample,
  /** Lambda's JSON platform lines (start, report with X-Ray) and one Powertools INFO line per request. */
  logBytesPerInvocation: 1200,
  /** The HTTP API's access log line (infra/constructs/api.ts). */
  logBytesPerAccessLine: 400,
  /** Logs are kept a year in prod (infra/stage.ts): storage billed on twelve months of them. */
  logMonthsKept: 12,
  /** The table as it is in its fifth year (nothing is deleted yet). */
  yearsStored: 5,
  /** DynamoDB asks KMS for the table key now and then; the mailer and logs add a little. */
  kmsRequests: 10_000,
  /** Operations the bench has no fresh case for, billed as a neighbour of the same concept and kind. */
  standIns: { reportFollowUp: 'closeCase', reviewLesson: 'markNotificationRead', deleteDraft: 'editDraft' } as Record<string, string>,
};

const BACKGROUND = { addedP95Ms: 30_000, coldStartMs: 30_000 };

/** Table and index bytes per case, from DynamoDB (Local)'s own figures for the seeded table. */
export async function tableBytesPerCase(store: Store, cases: number): Promise<number> {
  const { Table } = await store.db.send(new DescribeTableCommand({ TableName: store.table }));
  const bytes = (Table?.TableSizeBytes ?? 0) + (Table?.GlobalSecondaryIndexes ?? []).reduce((s, i) => s + (i.IndexSizeBytes ?? 0), 0);
  return cases > 0 ? bytes / cases : 0;
}

interface PerOperation {
  operation: string;
  concept: string;
  callsPerMonth: number;
  rru: number;
  wru: number;
  /** At the chosen memory of its function. */
  gbSeconds: number;
  p95Ms: number;
  measuredAs?: string;
}

export interface Cost {
  prices: typeof prices;
  targets: typeof targets;
  assumptions: typeof assumptions;
  fund: typeof fundProfile;
  cases: number;
  operations: PerOperation[];
  functions: { name: string; coldLoadCpuMs: number; rssMiB: number; callsPerMonth: number; coldStartsPerMonth: number; options: MemoryOption[]; chosenMb: number; configuredMb: number }[];
  measured: Measured;
  bill: Bill;
  /** The total at other fund sizes: it grows by a fixed amount per 500 requests a year. */
  byRequestsPerYear: { requestsPerYear: number; usd: number; usdAfterFreeTier: number }[];
}

export function costOf(size: SizeResult, bundles: BundleResult[], bytesPerCase: number): Cost {
  const casesPerMonth = fundProfile.requestsPerYear / 12;
  const measuredOps = new Map(size.operations.filter((o) => o.samples.length > 0).map((o) => [o.operation, o]));
  const mix = new Map<string, { perCase: number; perMonth: number }>([
    ...callsPerCase.map((c) => [c.operation, { perCase: c.perCase, perMonth: 0 }] as const),
    ...callsPerMonth.map((c) => [c.operation, { perCase: 0, perMonth: c.perMonth }] as const),
  ]);
  const ops = routeList.map((route) => {
    const own = measuredOps.get(route.operationId);
    const standIn = own ? undefined : assumptions.standIns[route.operationId];
    const source: OperationResult | undefined = own ?? (standIn ? measuredOps.get(standIn) : undefined);
    const calls = mix.get(route.operationId) ?? { perCase: 0, perMonth: 0 };
    return { operation: route.operationId, concept: conceptOf(route), callsPerMonth: calls.perCase * casesPerMonth + calls.perMonth, calls, source, ...(standIn ? { measuredAs: standIn } : {}) };
  });
  const bundleOf = (entry: string) => bundles.find((b) => b.entry === entry) ?? { coldLoadCpuMs: 0, rssMiB: 0 };
  const fns: FunctionMeasure[] = conceptsOf().map((concept) => {
    const own = ops.filter((o) => o.concept === concept.name);
    const callsPerMonth = own.reduce((s, o) => s + o.callsPerMonth, 0);
    const bundle = bundleOf(functionEntry(concept.name));
    return {
      name: concept.name, coldLoadCpuMs: bundle.coldLoadCpuMs, rssMiB: bundle.rssMiB,
      coldStartsPerMonth: Math.min(callsPerMonth, assumptions.coldStartWindowsPerMonth),
      operations: own.filter((o) => o.source && o.callsPerMonth > 0).map((o) => ({ operation: o.operation, callsPerMonth: o.callsPerMonth, samples: o.source!.samples })),
    };
  });
  const notificationsPerMonth = emailsPerCase.notifications * casesPerMonth;
  const job = bundleOf('functions/jobs/run-scheduled-job.handler.ts');
  const mailer = bundleOf('functions/notifications/send-notifications.handler.ts');
  fns.push(
    { name: 'scheduled-job', coldLoadCpuMs: job.coldLoadCpuMs, rssMiB: job.rssMiB, coldStartsPerMonth: assumptions.jobRunsPerMonth, targets: BACKGROUND,
      operations: [{ operation: 'idle run', callsPerMonth: assumptions.jobRunsPerMonth, samples: [size.job.idle] }] },
    { name: 'send-notifications', coldLoadCpuMs: mailer.coldLoadCpuMs, rssMiB: mailer.rssMiB, coldStartsPerMonth: Math.min(notificationsPerMonth, assumptions.coldStartWindowsPerMonth), targets: BACKGROUND,
      operations: [{ operation: 'one notification', callsPerMonth: notificationsPerMonth, samples: [assumptions.mailerSample] }] },
  );
  const weighed = fns.map((fn) => ({ fn, ...weighMemory(fn) }));
  // The bill is of what is deployed: the memory infra/function-memory.ts gives each function.
  const memory = (name: string) => memoryOf(name);
  const initGbs = (fn: FunctionMeasure) => fn.coldStartsPerMonth * gbSeconds(initAt(fn.coldLoadCpuMs, memory(fn.name)), memory(fn.name));
  const perOperation: PerOperation[] = ops.map((o) => {
    const mb = memory(o.concept);
    const samples = o.source?.samples ?? [];
    return {
      operation: o.operation, concept: o.concept, callsPerMonth: o.callsPerMonth,
      rru: o.source?.units.rru ?? 0, wru: o.source?.units.wru ?? 0,
      gbSeconds: mean(samples.map((s) => gbSeconds(durationAt(s, mb), mb))),
      p95Ms: quantile(samples.map((s) => durationAt(s, mb)), 0.95),
      ...(o.measuredAs ? { measuredAs: o.measuredAs } : {}),
    };
  });
  const attended = size.job.attended;
  const jobMb = memory('scheduled-job');
  const perAttended = (a: number, b: number) => (attended > 0 ? Math.max(0, a - b) / attended : 0);
  const measured: Measured = {
    operations: perOperation.map((o) => ({ operation: o.operation, perCase: mix.get(o.operation)?.perCase ?? 0, perMonth: mix.get(o.operation)?.perMonth ?? 0, rru: o.rru, wru: o.wru, gbSeconds: o.gbSeconds })),
    coldStartGbSeconds: fns.reduce((s, fn) => s + initGbs(fn), 0),
    coldStarts: fns.reduce((s, fn) => s + fn.coldStartsPerMonth, 0),
    job: {
      runsPerMonth: assumptions.jobRunsPerMonth,
      gbSecondsPerRun: gbSeconds(durationAt(size.job.idle, jobMb), jobMb), rruPerRun: size.job.idle.rru, wruPerRun: size.job.idle.wru,
      attendedPerCase: assumptions.jobAttendedPerCase,
      gbSecondsPerAttended: perAttended(gbSeconds(durationAt(size.job.first, jobMb), jobMb), gbSeconds(durationAt(size.job.idle, jobMb), jobMb)),
      rruPerAttended: perAttended(size.job.first.rru, size.job.idle.rru), wruPerAttended: perAttended(size.job.first.wru, size.job.idle.wru),
    },
    mailer: { notificationsPerCase: emailsPerCase.notifications, emailsPerCase: emailsPerCase.emails, gbSecondsPerNotification: gbSeconds(durationAt(assumptions.mailerSample, memory('send-notifications')), memory('send-notifications')) },
    tableBytesPerCase: bytesPerCase,
    yearsStored: assumptions.yearsStored,
    logBytesPerInvocation: assumptions.logBytesPerInvocation,
    logBytesPerAccessLine: assumptions.logBytesPerAccessLine,
    logMonthsKept: assumptions.logMonthsKept,
    monthlyActiveUsers: fundProfile.monthlyActiveUsers,
    // One error alarm per function, plus the API's 5xx and the dead letters (infra/constructs/monitoring.ts).
    alarms: fns.length + 2,
    kmsRequests: assumptions.kmsRequests,
  };
  const billAt = (requestsPerYear: number) => monthlyBill(usageOf(measured, requestsPerYear));
  return {
    prices, targets, assumptions, fund: fundProfile, cases: size.cases,
    operations: perOperation,
    functions: weighed.map(({ fn, options, chosen }) => ({
      name: fn.name, coldLoadCpuMs: fn.coldLoadCpuMs, rssMiB: fn.rssMiB, callsPerMonth: fn.operations.reduce((s, o) => s + o.callsPerMonth, 0), coldStartsPerMonth: fn.coldStartsPerMonth,
      options, chosenMb: chosen.memoryMb, configuredMb: memory(fn.name),
    })),
    measured,
    bill: billAt(fundProfile.requestsPerYear),
    byRequestsPerYear: [250, 500, 1000, 2000, 5000].map((n) => ({ requestsPerYear: n, ...(({ usd, usdAfterFreeTier }) => ({ usd, usdAfterFreeTier }))(billAt(n)) })),
  };
}

const usd = (n: number) => `$${n < 0.01 && n > 0 ? n.toFixed(4) : n.toFixed(2)}`;
const pad = (cells: (string | number)[], widths: number[], left = 1) => cells.map((c, i) => (i < left ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
function table(head: string[], rows: (string | number)[][], left = 1): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  console.log(pad(head, widths, left));
  for (const row of rows) console.log(pad(row, widths, left));
}

export function printCost(cost: Cost): void {
  console.log(`\nRequest units and Lambda GB-seconds per API call (at ${cost.cases} cases; RRU/WRU as DynamoDB reported them, transactions counted double; GB-s at the function's memory)`);
  table(['operation', 'function', 'MB', 'calls/month', 'RRU/call', 'WRU/call', 'GB-s/call', 'p95 ms', 'note'],
    cost.operations.map((o) => [o.operation, o.concept, memoryOf(o.concept), o.callsPerMonth.toFixed(1), o.rru.toFixed(1), o.wru.toFixed(1), o.gbSeconds.toFixed(5), o.p95Ms.toFixed(1), o.measuredAs ? `as ${o.measuredAs}` : '']), 2);
  console.log(`\nMemory per function (model: wait + CPU × 1769/MB below a full vCPU; targets: adds ≤ ${targets.addedP95Ms} ms to p95, cold start ≤ ${targets.coldStartMs} ms, memory ≥ ${targets.memoryHeadroom} × resident set; background functions: ${BACKGROUND.addedP95Ms / 1000} s)`);
  table(['function', 'load CPU ms', 'RSS MiB', 'calls/mo', 'cold/mo', ...cost.functions[0]!.options.map((o) => `${o.memoryMb} MB GB-s · p95 · cold`), 'chosen', 'infra'],
    cost.functions.map((f) => [f.name, f.coldLoadCpuMs.toFixed(0), f.rssMiB.toFixed(0), f.callsPerMonth.toFixed(0), f.coldStartsPerMonth.toFixed(0),
      ...f.options.map((o) => `${o.gbSecondsPerMonth.toFixed(0)} · ${o.p95Ms.toFixed(0)} · ${o.coldStartMs.toFixed(0)}${o.fits ? '' : ' ✗'}`), f.options.find((o) => o.memoryMb === f.chosenMb)?.fits ? f.chosenMb : `${f.chosenMb} (none fits)`, f.configuredMb === f.chosenMb ? f.configuredMb : `${f.configuredMb} (differs)`]));
  const differing = cost.functions.filter((f) => f.chosenMb !== f.configuredMb);
  if (differing.length) console.log(`infra/function-memory.ts differs from the choice for: ${differing.map((f) => `${f.name} (${f.configuredMb} → ${f.chosenMb})`).join(', ')}`);
  console.log(`\nA month's AWS bill for a fund of ${cost.fund.requestsPerYear} requests a year (${(cost.fund.requestsPerYear / 12).toFixed(1)} cases a month, ${cost.fund.monthlyActiveUsers} users), ${cost.prices.region} list prices of ${cost.prices.asOf} (${cost.prices.source})`);
  table(['item', 'quantity', 'list', 'after free tier'], cost.bill.lines.map((l) => [l.item, l.quantity, usd(l.usd), usd(l.usdAfterFreeTier)]), 2);
  console.log(pad(['total', '', usd(cost.bill.usd), usd(cost.bill.usdAfterFreeTier)], [31, 24, 8, 15], 2));
  console.log(`By requests a year: ${cost.byRequestsPerYear.map((b) => `${b.requestsPerYear}: ${usd(b.usd)} (${usd(b.usdAfterFreeTier)} after free tier)`).join('; ')}`);
}
