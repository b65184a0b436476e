import type { ChildProcess } from 'node:child_process';

/** Stops a child process the local runtime started, by its process id, and waits until it is gone. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Asks `answers` every 150 ms until it is true; fails when the child exits first or the time is up, with what to do next. */
export async function untilAnswering(
  child: ChildProcess,
  answers: () => Promise<boolean>,
  failure: { exited: () => string; timedOut: string },
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(failure.exited());
    if (await answers().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(failure.timedOut);
}
