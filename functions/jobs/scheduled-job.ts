import { randomUUID } from 'node:crypto';
import type { Case } from '../../domain/case/case.schema.js';
import type { CaseFile } from '../../domain/case/case-file.js';
import type { Fund } from '../../domain/fund/fund.schema.js';
import { attendToCase } from '../../domain/reminders/attend.commands.js';
import { workDue } from '../../domain/reminders/reminders.js';
import { getCaseFile } from '../case/case.repository.js';
import { listCasesDue } from '../reminders/due.repository.js';
import { listFunds } from '../fund/fund.repository.js';
import { commitPurgingChange } from '../retention/retention.writer.js';
import type { Store } from '../storage/store.js';
import { WriteConflict } from '../storage/store-errors.js';

export interface JobReport {
  /** Cases the due index gave and that had work waiting. */
  attended: number;
  /** Changes written: reminders, closings, purges. */
  changed: number;
  /** Cases someone else changed meanwhile (a user, or another run): left for the next run. */
  skipped: number;
}

/**
 * The one scheduled job: for each fund, the cases due by `now` from the due index (a Query, never a
 * scan), each attended to as one guarded transaction. Idempotent: what it did is recorded on the
 * case, which moves the case later in the index or out of it, so a second run finds nothing to do;
 * a run racing another loses on the version guard and skips.
 */
export async function runScheduledJob(store: Store, now: string): Promise<JobReport> {
  const report: JobReport = { attended: 0, changed: 0, skipped: 0 };
  for (const fund of await listFunds(store)) {
    let cursor: Record<string, unknown> | undefined;
    do {
      const page = await listCasesDue(store, fund.id, now, cursor);
      for (const kase of page.cases) await attend(store, fund, kase, now, report);
      cursor = page.cursor;
    } while (cursor);
  }
  return report;
}

async function attend(store: Store, fund: Fund, indexed: Case, now: string, report: JobReport): Promise<void> {
  const work = workDue(indexed, now);
  if (work.length === 0) return;
  report.attended += 1;
  // A purge rewrites the case's other records, so it reads them; reminders need the case only.
  const file = work.some((w) => w.kind === 'purge' || w.kind === 'start_retention') ? await getCaseFile(store, indexed.id) : fileOf(indexed);
  if (!file) return;
  const change = attendToCase(file, { now, newId: randomUUID, fund });
  if (!change) return;
  try {
    await commitPurgingChange(store, change, file.case);
    report.changed += 1;
  } catch (error) {
    if (!(error instanceof WriteConflict)) throw error;
    report.skipped += 1;
  }
}

const fileOf = (kase: Case): CaseFile => ({ case: kase, votes: [], conflicts: [], questions: [], comments: [], history: [] });
