/**
 * The arithmetic of a fund's AWS bill, kept pure so a test can hold it: request units as DynamoDB
 * on-demand bills them, Lambda duration at a memory setting, and the month's bill from the measured
 * units and durations and the call mix of bench/call-mix.ts.
 */

/**
 * List prices assumed, in US dollars before tax, region eu-west-1 (Ireland), the region
 * docs/deploy.md deploys to. Source: the AWS pricing pages of each service (aws.amazon.com/<service>/pricing),
 * as published 2025 (DynamoDB on-demand after its November 2024 halving; Lambda billing INIT since
 * August 2025), written down 2026-12-02. Frankfurt (eu-central-1) is some 5–10 % dearer on most lines.
 */
export const prices = {
  region: 'eu-west-1',
  asOf: '2026-12-02',
  source: 'AWS pricing pages (Lambda, API Gateway, DynamoDB, CloudWatch, Cognito, SES, KMS), eu-west-1 list prices',
  /** Lambda on arm64 (the stack's architecture), per GB-second of billed duration (1 ms steps). */
  lambdaPerGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  /** Always free, every month, per account. */
  lambdaFreeGbSeconds: 400_000,
  lambdaFreeRequests: 1_000_000,
  /** HTTP API, the first 300 million requests a month. */
  httpApiPerMillion: 1.11,
  /** DynamoDB Standard table class, on-demand. */
  dynamoPerMillionWru: 0.7068,
  dynamoPerMillionRru: 0.1414,
  dynamoPerGbMonth: 0.283,
  dynamoFreeGb: 25,
  /** Point-in-time recovery (continuous backups), per GB-month of table size; the stack turns it on. */
  dynamoPitrPerGbMonth: 0.22,
  cloudWatchLogsPerGbIngested: 0.57,
  cloudWatchLogsPerGbMonthStored: 0.03,
  cloudWatchAlarmPerMonth: 0.1,
  /**
   * Cognito Plus tier (the stack's feature plan, for threat protection): $0.02 per monthly active
   * user, with no free tier. Essentials would be free up to 10,000 MAU (the 50,000 of the old
   * free tier holds only for user pools made before November 2024).
   */
  cognitoPlusPerMau: 0.02,
  sesPer1000Emails: 0.1,
  kmsKeyPerMonth: 1,
  kmsPer10kRequests: 0.03,
} as const;

export type Prices = typeof prices;

// ——— DynamoDB request units ———

/** Write request units of one item written: 1 per KB begun, twice in a transaction. */
export function writeUnits(itemBytes: number, { transaction = false } = {}): number {
  return Math.max(1, Math.ceil(itemBytes / 1024)) * (transaction ? 2 : 1);
}

/** Read request units of one read of this many bytes: 1 per 4 KB begun, half eventually consistent, twice in a transaction. */
export function readUnits(bytes: number, { consistency = 'eventual' }: { consistency?: 'eventual' | 'strong' | 'transaction' } = {}): number {
  const blocks = Math.max(1, Math.ceil(bytes / 4096));
  return blocks * { eventual: 0.5, strong: 1, transaction: 2 }[consistency];
}

// ——— Lambda duration and memory ———

/** At 1,769 MB a function has one full vCPU; below, CPU is shared in proportion to memory (AWS Lambda docs). */
export const FULL_VCPU_MB = 1769;
/** The settings weighed. */
export const MEMORY_CHOICES = [128, 256, 512, 1024] as const;

/** One measured call: its wall time, and the CPU time the process spent on it (locally, on a full core). */
export interface Sample {
  wallMs: number;
  cpuMs: number;
}

/**
 * The model: a call's time is its waiting (wall − CPU: DynamoDB, the network), which memory does not
 * change, plus its CPU time, which takes 1,769 / memory times as long below a full vCPU. The local
 * core is taken as fast as a Lambda arm64 vCPU.
 */
export function durationAt(sample: Sample, memoryMb: number): number {
  const cpu = Math.min(sample.cpuMs, sample.wallMs);
  return sample.wallMs - cpu + cpu * Math.max(1, FULL_VCPU_MB / memoryMb);
}

/** A cold start's INIT at a memory setting: the bundle's load is CPU work (files come from the page cache), stretched below a full vCPU. */
export const initAt = (loadCpuMs: number, memoryMb: number): number => loadCpuMs * Math.max(1, FULL_VCPU_MB / memoryMb);

/** GB-seconds Lambda bills for one call: the duration rounded up to the millisecond, times the memory. */
export function gbSeconds(durationMs: number, memoryMb: number): number {
  return (Math.ceil(durationMs) / 1000) * (memoryMb / 1024);
}

export const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
export const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/**
 * What a function must meet at the memory chosen. The bench's own target (each call within 2× its
 * DynamoDB floor) is about the requests a call makes, which memory does not change; what memory
 * changes is how long the CPU work takes, so that is what is held: how much a setting adds to the
 * slowest operation's p95 over a full vCPU, and how long a cold start takes.
 */
export const targets = {
  /** At most this much added to the p95 of any of the function's operations, against a full vCPU. */
  addedP95Ms: 50,
  /** A cold start: loading the bundle (its CPU time, stretched) and then the first call. */
  coldStartMs: 1000,
  /** Memory must hold the loaded bundle's resident set with room for the requests' work. */
  memoryHeadroom: 1.5,
};

export interface FunctionMeasure {
  /** The concept (functions/<concept>/), or 'scheduled-job' / 'send-notifications'. */
  name: string;
  /** Per operation it serves: its calls a month and measured samples. */
  operations: { operation: string; callsPerMonth: number; samples: Sample[] }[];
  /** The CPU time of loading its bundle in a fresh Node process (all of a cold start's INIT but the runtime's own), and the resident set after. */
  coldLoadCpuMs: number;
  rssMiB: number;
  coldStartsPerMonth: number;
  /** A background function's own targets (the scheduled job, the mailer). */
  targets?: Partial<typeof targets>;
}

export interface MemoryOption {
  memoryMb: number;
  /** The worst of its operations' modelled p95, and what this setting adds to it against a full vCPU. */
  p95Ms: number;
  addedP95Ms: number;
  coldStartMs: number;
  gbSecondsPerMonth: number;
  fits: boolean;
  why?: string;
}

/** Every setting weighed for one function; the choice is the cheapest that fits (ties: the smaller). */
export function weighMemory(fn: FunctionMeasure, choices: readonly number[] = MEMORY_CHOICES): { options: MemoryOption[]; chosen: MemoryOption } {
  const target = { ...targets, ...fn.targets };
  const options = choices.map((memoryMb): MemoryOption => {
    const p95At = (mb: number) => fn.operations.map((o) => quantile(o.samples.map((s) => durationAt(s, mb)), 0.95));
    const full = p95At(FULL_VCPU_MB);
    const here = p95At(memoryMb);
    const p95Ms = Math.max(0, ...here);
    const addedP95Ms = Math.max(0, ...here.map((p, i) => p - full[i]!));
    const initMs = initAt(fn.coldLoadCpuMs, memoryMb);
    const firstCall = Math.max(0, ...fn.operations.map((o) => mean(o.samples.map((s) => durationAt(s, memoryMb)))));
    const coldStartMs = initMs + firstCall;
    const warm = fn.operations.reduce((sum, o) => sum + o.callsPerMonth * mean(o.samples.map((s) => gbSeconds(durationAt(s, memoryMb), memoryMb))), 0);
    const gbSecondsPerMonth = warm + fn.coldStartsPerMonth * gbSeconds(initMs, memoryMb);
    const why = [
      memoryMb < fn.rssMiB * target.memoryHeadroom ? `needs ${Math.ceil(fn.rssMiB * target.memoryHeadroom)} MB (${fn.rssMiB.toFixed(0)} MiB resident × ${target.memoryHeadroom})` : '',
      addedP95Ms > target.addedP95Ms ? `adds ${addedP95Ms.toFixed(0)} ms to p95 > ${target.addedP95Ms} ms` : '',
      coldStartMs > target.coldStartMs ? `cold start ${coldStartMs.toFixed(0)} ms > ${target.coldStartMs} ms` : '',
    ].filter(Boolean).join('; ');
    return { memoryMb, p95Ms, addedP95Ms, coldStartMs, gbSecondsPerMonth, fits: why === '', ...(why ? { why } : {}) };
  });
  const fitting = options.filter((o) => o.fits);
  const chosen = (fitting.length ? fitting : [options.at(-1)!]).reduce((best, o) => (o.gbSecondsPerMonth < best.gbSecondsPerMonth - 1e-9 ? o : best));
  return { options, chosen };
}

// ——— The month's bill ———

/** What the month consists of, all as counts a month. */
export interface Usage {
  /** API calls (each one API Gateway request and one Lambda invocation). */
  apiCalls: number;
  /** Other Lambda invocations: the scheduled job's runs and the mailer's. */
  otherInvocations: number;
  /** Lambda GB-seconds, cold starts' INIT included. */
  gbSeconds: number;
  rru: number;
  wru: number;
  emails: number;
  /** Bytes written to CloudWatch Logs (function logs, platform lines, API access logs). */
  logBytes: number;
  /** The logs kept (a year in prod): what the month's storage is billed on. */
  logBytesStored: number;
  tableBytes: number;
  monthlyActiveUsers: number;
  alarms: number;
  kmsRequests: number;
}

export interface BillLine {
  item: string;
  quantity: string;
  usd: number;
  /** After the always-free tiers (Lambda 1 M requests and 400,000 GB-s, DynamoDB 25 GB). */
  usdAfterFreeTier: number;
  /** Grows with the fund's requests; the others are there whatever the fund does. */
  variable: boolean;
}

export interface Bill {
  region: string;
  lines: BillLine[];
  usd: number;
  usdAfterFreeTier: number;
}

const GB = 1024 ** 3;
const million = (n: number) => n / 1e6;
const fmtN = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-GB') : n.toFixed(n >= 10 ? 1 : 2));

export function monthlyBill(u: Usage, p: Prices = prices): Bill {
  const invocations = u.apiCalls + u.otherInvocations;
  const line = (item: string, quantity: string, usd: number, variable: boolean, usdAfterFreeTier = usd): BillLine => ({ item, quantity, usd, usdAfterFreeTier, variable });
  const tableGb = u.tableBytes / GB;
  const lines = [
    line('Lambda requests', `${fmtN(invocations)} invocations`, million(invocations) * p.lambdaPerMillionRequests, true,
      million(Math.max(0, invocations - p.lambdaFreeRequests)) * p.lambdaPerMillionRequests),
    line('Lambda duration (arm64)', `${fmtN(u.gbSeconds)} GB-s`, u.gbSeconds * p.lambdaPerGbSecond, true,
      Math.max(0, u.gbSeconds - p.lambdaFreeGbSeconds) * p.lambdaPerGbSecond),
    line('API Gateway HTTP API', `${fmtN(u.apiCalls)} requests`, million(u.apiCalls) * p.httpApiPerMillion, true),
    line('DynamoDB writes (on-demand)', `${fmtN(u.wru)} WRU`, million(u.wru) * p.dynamoPerMillionWru, true),
    line('DynamoDB reads (on-demand)', `${fmtN(u.rru)} RRU`, million(u.rru) * p.dynamoPerMillionRru, true),
    line('DynamoDB storage', `${(tableGb * 1024).toFixed(1)} MB`, tableGb * p.dynamoPerGbMonth, true, Math.max(0, tableGb - p.dynamoFreeGb) * p.dynamoPerGbMonth),
    line('DynamoDB point-in-time recovery', `${(tableGb * 1024).toFixed(1)} MB`, tableGb * p.dynamoPitrPerGbMonth, true),
    line('CloudWatch Logs ingestion', `${((u.logBytes / GB) * 1024).toFixed(0)} MB`, (u.logBytes / GB) * p.cloudWatchLogsPerGbIngested, true),
    line('CloudWatch Logs storage', `${((u.logBytesStored / GB) * 1024).toFixed(0)} MB`, (u.logBytesStored / GB) * p.cloudWatchLogsPerGbMonthStored, true),
    line('SES e-mail', `${fmtN(u.emails)} e-mails`, (u.emails / 1000) * p.sesPer1000Emails, true),
    line('Cognito Plus', `${u.monthlyActiveUsers} MAU`, u.monthlyActiveUsers * p.cognitoPlusPerMau, false),
    line('CloudWatch alarms', `${u.alarms} alarms`, u.alarms * p.cloudWatchAlarmPerMonth, false),
    line('KMS key', `1 key, ${fmtN(u.kmsRequests)} requests`, p.kmsKeyPerMonth + (u.kmsRequests / 10_000) * p.kmsPer10kRequests, false),
  ];
  const sum = (key: 'usd' | 'usdAfterFreeTier') => lines.reduce((s, l) => s + l[key], 0);
  return { region: p.region, lines, usd: sum('usd'), usdAfterFreeTier: sum('usdAfterFreeTier') };
}

/** What the bench measured, per call and per case: the model the month's usage is made from. */
export interface Measured {
  /** Per API operation: its calls per case and a month (bench/call-mix.ts) and what one call costs. */
  operations: { operation: string; perCase: number; perMonth: number; rru: number; wru: number; gbSeconds: number }[];
  /** Cold starts' INIT a month, all functions together (it does not follow the number of cases). */
  coldStartGbSeconds: number;
  coldStarts: number;
  /** The scheduled job: its runs a month, each run when nothing is due, and what each case it attends adds. */
  job: { runsPerMonth: number; gbSecondsPerRun: number; rruPerRun: number; wruPerRun: number; attendedPerCase: number; gbSecondsPerAttended: number; rruPerAttended: number; wruPerAttended: number };
  /** The mailer: one invocation per notification (stream batches are mostly of one at this pace). */
  mailer: { notificationsPerCase: number; emailsPerCase: number; gbSecondsPerNotification: number };
  tableBytesPerCase: number;
  /** Years of cases the table holds: the bill is of a table that many years full. */
  yearsStored: number;
  /** CloudWatch Logs bytes per Lambda invocation, and per API access log line. */
  logBytesPerInvocation: number;
  logBytesPerAccessLine: number;
  /** Months of logs kept (prod: 12), for their storage. */
  logMonthsKept: number;
  monthlyActiveUsers: number;
  alarms: number;
  kmsRequests: number;
}

/** A month of a fund that gets `requestsPerYear` requests: every call count follows the cases. */
export function usageOf(m: Measured, requestsPerYear: number): Usage {
  const cases = requestsPerYear / 12;
  const calls = m.operations.map((o) => ({ ...o, n: o.perCase * cases + o.perMonth }));
  const apiCalls = calls.reduce((s, o) => s + o.n, 0);
  const attended = m.job.attendedPerCase * cases;
  const notifications = m.mailer.notificationsPerCase * cases;
  const otherInvocations = m.job.runsPerMonth + notifications;
  const logBytes = (apiCalls + otherInvocations) * m.logBytesPerInvocation + apiCalls * m.logBytesPerAccessLine;
  return {
    apiCalls,
    otherInvocations,
    gbSeconds: calls.reduce((s, o) => s + o.n * o.gbSeconds, 0) + m.coldStartGbSeconds + m.job.runsPerMonth * m.job.gbSecondsPerRun
      + attended * m.job.gbSecondsPerAttended + notifications * m.mailer.gbSecondsPerNotification,
    rru: calls.reduce((s, o) => s + o.n * o.rru, 0) + m.job.runsPerMonth * m.job.rruPerRun + attended * m.job.rruPerAttended,
    wru: calls.reduce((s, o) => s + o.n * o.wru, 0) + m.job.runsPerMonth * m.job.wruPerRun + attended * m.job.wruPerAttended,
    emails: m.mailer.emailsPerCase * cases,
    logBytes,
    logBytesStored: logBytes * m.logMonthsKept,
    tableBytes: m.tableBytesPerCase * requestsPerYear * m.yearsStored,
    monthlyActiveUsers: m.monthlyActiveUsers,
    alarms: m.alarms,
    kmsRequests: m.kmsRequests,
  };
}
