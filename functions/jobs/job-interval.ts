import type { Store } from '../storage/store.js';
import { runScheduledJob, type JobServices } from './scheduled-job.js';

const EVERY_MINUTE_MS = 60_000;

/**
 * Runs the scheduled job at once and then every minute, as the schedule does on AWS; a run still
 * busy is not overlapped. Returns a function that stops it and waits for a run in progress. With a
 * mailer (the local SES emulator) it sends the daily digests too.
 */
export function runJobEveryMinute(store: Store, clock: () => Date = () => new Date(), services: JobServices = {}): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = runScheduledJob(store, clock().toISOString(), services)
      .catch((error: unknown) => {
        const hint = error instanceof Error && error.name === 'ValidationException' ? ' (a table from before the byDue index? delete .data and start again)' : '';
        console.error(`The scheduled job failed${hint}:`, error instanceof Error ? error.message : error);
      })
      .finally(() => (busy = false));
  };
  tick();
  const timer = setInterval(tick, EVERY_MINUTE_MS);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
