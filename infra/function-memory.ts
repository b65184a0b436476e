/**
 * The memory of each Lambda function, in MB: chosen by `npm run bench` as the cheapest setting that
 * keeps every operation of the function within its targets (bench/cost.ts: p95 ≤ 100 ms warm, a
 * cold start ≤ 1 s, 1.5 × the loaded bundle's resident set). The bench prints its choice next to
 * these and says where they differ; docs/deploy.md ("What it costs") tells how to re-measure.
 *
 * Keys: a concept's name (the folder of functions/ whose routes one function serves), or the
 * scheduled job and the mailer.
 */
export const functionMemory: Readonly<Record<string, number>> = {
  api: 1024,
  people: 1024,
  fund: 1024,
  case: 1024,
  deliberation: 1024,
  payment: 1024,
  'follow-up': 1024,
  notifications: 1024,
  lessons: 1024,
  learning: 1024,
  'scheduled-job': 128,
  'send-notifications': 256,
};

/** A function not measured yet (a new concept) gets this until the bench has weighed it. */
export const DEFAULT_MEMORY_MB = 512;

export const memoryOf = (name: string): number => functionMemory[name] ?? DEFAULT_MEMORY_MB;
