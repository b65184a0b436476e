import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callsPerCase, callsPerMonth } from '../../bench/call-mix.js';
import { durationAt, gbSeconds, monthlyBill, readUnits, usageOf, weighMemory, writeUnits, type Measured } from '../../bench/cost.js';
import { routeList } from '../../functions/api/routes.js';

const measured = (over: Partial<Measured> = {}): Measured => ({
  operations: [
    { operation: 'createCase', perCase: 1, perMonth: 0, rru: 0, wru: 8, gbSeconds: 0.004 },
    { operation: 'getCase', perCase: 10, perMonth: 0, rru: 1.5, wru: 0, gbSeconds: 0.002 },
    { operation: 'listUsers', perCase: 0, perMonth: 10, rru: 0.5, wru: 0, gbSeconds: 0.001 },
  ],
  coldStartGbSeconds: 50,
  coldStarts: 1000,
  job: { runsPerMonth: 2880, gbSecondsPerRun: 0.01, rruPerRun: 2, wruPerRun: 0, attendedPerCase: 3, gbSecondsPerAttended: 0.002, rruPerAttended: 1, wruPerAttended: 6 },
  mailer: { notificationsPerCase: 8, emailsPerCase: 15, gbSecondsPerNotification: 0.05 },
  tableBytesPerCase: 40_000,
  yearsStored: 3,
  logBytesPerInvocation: 1200,
  logBytesPerAccessLine: 400,
  logMonthsKept: 12,
  monthlyActiveUsers: 30,
  alarms: 14,
  kmsRequests: 10_000,
  ...over,
});

describe('DynamoDB request units, as on-demand bills them', () => {
  it('a write is 1 WRU per KB begun, and a transaction writes each KB twice', () => {
    expect(writeUnits(100)).toBe(1);
    expect(writeUnits(1024)).toBe(1);
    expect(writeUnits(1025)).toBe(2);
    expect(writeUnits(100, { transaction: true })).toBe(2);
    expect(writeUnits(2500, { transaction: true })).toBe(6);
    fc.assert(fc.property(fc.integer({ min: 1, max: 400 * 1024 }), (bytes) => writeUnits(bytes, { transaction: true }) === 2 * writeUnits(bytes)));
  });

  it('a read is half an RRU per 4 KB eventually consistent, 1 strongly consistent, 2 in a transaction', () => {
    expect(readUnits(2500)).toBe(0.5);
    expect(readUnits(5000)).toBe(1);
    expect(readUnits(5000, { consistency: 'strong' })).toBe(2);
    expect(readUnits(100, { consistency: 'transaction' })).toBe(2);
  });
});

describe('Lambda duration at a memory setting', () => {
  it('only the CPU time stretches below a full vCPU, and nothing speeds up above it', () => {
    const call = { wallMs: 20, cpuMs: 5 };
    expect(durationAt(call, 1769)).toBeCloseTo(20);
    expect(durationAt(call, 3538)).toBeCloseTo(20);
    expect(durationAt(call, 1769 / 4)).toBeCloseTo(15 + 20);
  });

  it('bills the duration rounded up to the millisecond, times the memory in GB', () => {
    expect(gbSeconds(10.2, 1024)).toBeCloseTo(0.011);
    expect(gbSeconds(100, 128)).toBeCloseTo(0.0125);
  });

  it('chooses the cheapest setting that meets the targets, not the smallest that fails them', () => {
    const fn = ({ load = 40, rss = 60, cpu = 2 }) => ({
      name: 'case', coldLoadCpuMs: load, rssMiB: rss, coldStartsPerMonth: 1000,
      operations: [{ operation: 'getCase', callsPerMonth: 1000, samples: Array.from({ length: 10 }, () => ({ wallMs: 10, cpuMs: cpu })) }],
    });
    // Light: 128 MB adds 2 × 12.8 ≈ 26 ms to p95 and starts cold in ~0.6 s, and is cheapest.
    expect(weighMemory(fn({})).chosen.memoryMb).toBe(128);
    // A bundle that takes 80 ms of CPU to load starts in 1.1 s at 128 MB: 256 MB is the cheapest that starts in time.
    const heavy = weighMemory(fn({ load: 80 }));
    expect(heavy.options.find((o) => o.memoryMb === 128)?.why).toMatch(/cold start/);
    expect(heavy.chosen.memoryMb).toBe(256);
    // 4 ms of CPU a call: 128 MB would add 51 ms to p95.
    expect(weighMemory(fn({ cpu: 4 })).options[0]?.why).toMatch(/adds 51 ms/);
    expect(weighMemory(fn({ cpu: 4 })).chosen.memoryMb).toBe(256);
    // A resident set of 100 MiB needs 150 MB, so not 128.
    expect(weighMemory(fn({ rss: 100 })).chosen.memoryMb).toBe(256);
    // More memory never makes this call cheaper: its wait is billed at every setting.
    const options = weighMemory(fn({})).options.map((o) => o.gbSecondsPerMonth);
    expect([...options].sort((a, b) => a - b)).toEqual(options);
  });
});

describe("a month's bill", () => {
  it('grows linearly with the requests a fund gets: each 500 requests more a year adds the same', () => {
    const bill = (requests: number) => monthlyBill(usageOf(measured(), requests)).usd;
    const step = bill(1000) - bill(500);
    expect(step).toBeGreaterThan(0);
    expect(bill(1500) - bill(1000)).toBeCloseTo(step, 9);
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }), (requests) => Math.abs(bill(requests) - (bill(0) + (step * requests) / 500)) < 1e-9));
  });

  it('doubling every request unit doubles the DynamoDB lines and nothing else', () => {
    const base = measured();
    const doubled = measured({ operations: base.operations.map((o) => ({ ...o, rru: 2 * o.rru, wru: 2 * o.wru })), job: { ...base.job, rruPerRun: 2 * base.job.rruPerRun, wruPerRun: 2 * base.job.wruPerRun, rruPerAttended: 2 * base.job.rruPerAttended, wruPerAttended: 2 * base.job.wruPerAttended } });
    const [one, two] = [base, doubled].map((m) => monthlyBill(usageOf(m, 500)));
    for (const [i, line] of one!.lines.entries()) {
      const factor = /DynamoDB (reads|writes)/.test(line.item) ? 2 : 1;
      expect(two!.lines[i]!.usd, line.item).toBeCloseTo(line.usd * factor, 12);
    }
  });

  it('counts the fixed lines whatever the fund does, and the free tier only lowers the bill', () => {
    const idle = monthlyBill(usageOf(measured(), 0));
    expect(idle.lines.filter((l) => !l.variable).map((l) => l.item)).toEqual(['Cognito Plus', 'CloudWatch alarms', 'KMS key']);
    expect(idle.lines.find((l) => l.item === 'Cognito Plus')?.usd).toBeCloseTo(0.6);
    const busy = monthlyBill(usageOf(measured(), 500));
    expect(busy.usdAfterFreeTier).toBeLessThanOrEqual(busy.usd);
    for (const line of busy.lines) expect(line.usdAfterFreeTier).toBeLessThanOrEqual(line.usd);
  });
});

describe('the call mix of a case', () => {
  it('names only operations the API has, each once, with a reason', () => {
    const operations = new Set(routeList.map((r) => r.operationId));
    const named = [...callsPerCase, ...callsPerMonth].map((c) => c.operation);
    expect(named.filter((o) => !operations.has(o))).toEqual([]);
    expect(new Set(named).size).toBe(named.length);
    expect([...operations].filter((o) => !named.includes(o))).toEqual([]);
    for (const c of [...callsPerCase, ...callsPerMonth]) expect(c.why.length, c.operation).toBeGreaterThan(5);
  });
});
