import { randomUUID } from 'node:crypto';
import type { Case } from '../../domain/case/case.schema.js';
import type { CaseFile, CommandContext } from '../../domain/case/case-file.js';
import type { Fund } from '../../domain/fund/fund.schema.js';
import { attendToCase, expiredDraft } from '../../domain/reminders/attend.commands.js';
import { workDue } from '../../domain/reminders/reminders.js';
import { getCaseFile } from '../case/case.repository.js';
import { listCasesDue } from '../reminders/due.repository.js';
import { listFunds } from '../fund/fund.repository.js';
import { commitPurgingChange } from '../retention/retention.writer.js';
import { commitDraftDeletion } from '../storage/draft-deletion.writer.js';
import type { Store } from '../storage/store.js';
import { WriteConflict } from '../storage/store-errors.js';
import type { PanelMember } from '../../domain/reminders/still-to-vote.js';
import { localUserDirectory } from '../people/local-user-directory.js';
import type { UserDirectory } from '../people/user-directory.js';
import type { Mailer } from '../notifications/mailer.js';
import { sendDigests } from './daily-digest.js';

export interface JobReport {
  /** Cases the due index gave and that had work waiting. */
  attended: number;
  /** Changes written: reminders, closings, purges, expired drafts deleted. */
  changed: number;
  /** Cases someone else changed meanwhile (a user, or another run): left for the next run. */
  skipped: number;
  /** Daily digests sent; only when the job has a mailer. */
  digests?: number;
}

/** What the job reaches besides the table: the user directory (the panel to remind) and, for the daily digest, the mailer. */
export interface JobServices {
  directory?: () => Pick<UserDirectory, 'listUsers' | 'findUser'>;
  mailer?: Mailer;
}

/**
 * The one scheduled job: for each fund, the cases due by `now` from the due index (a Query, never a
 * scan), each attended to as one guarded transaction. Idempotent: what it did is recorded on the
 * case, which moves the case later in the index or out of it, so a second run finds nothing to do;
 * a run racing another loses on the version guard and skips.
 */
export async function runScheduledJob(store: Store, now: string, services: JobServices = {}): Promise<JobReport> {
  const report: JobReport = { attended: 0, changed: 0, skipped: 0, ...(services.mailer ? { digests: 0 } : {}) };
  const directory = services.mailer?.directory ?? services.directory ?? (() => localUserDirectory(store));
  for (const fund of await listFunds(store)) {
    // The fund's panel, read once per run and only when a voting reminder is due.
    let panel: Promise<PanelMember[]> | undefined;
    const panelOf = () => (panel ??= directory().listUsers(fund.id));
    let cursor: Record<string, unknown> | undefined;
    do {
      const page = await listCasesDue(store, fund.id, now, cursor);
      for (const kase of page.cases) await attend(store, fund, kase, now, report, panelOf);
      cursor = page.cursor;
    } while (cursor);
    if (services.mailer) report.digests! += await sendDigests(store, services.mailer, fund.id, now);
  }
  return report;
}

async function attend(store: Store, fund: Fund, indexed: Case, now: string, report: JobReport, panelOf: () => Promise<PanelMember[]>): Promise<void> {
  const work = workDue(indexed, now);
  if (work.length === 0) return;
  report.attended += 1;
  const remindsVoters = work.some((w) => w.kind === 'voting_deadline_near');
  // A purge rewrites the case's other records, and a voting reminder asks who voted, so they read them; other reminders need the case only.
  const readsFile = remindsVoters || work.some((w) => w.kind === 'purge' || w.kind === 'start_retention');
  const file = readsFile ? await getCaseFile(store, indexed.id) : fileOf(indexed);
  if (!file) return;
  const commit = writeFor(store, file, { now, newId: randomUUID, fund }, remindsVoters ? await panelOf() : []);
  if (!commit) return;
  try {
    await commit();
    report.changed += 1;
  } catch (error) {
    if (!(error instanceof WriteConflict)) throw error;
    report.skipped += 1;
  }
}

/** The one write the job makes on this case, or null when nothing is due after all. */
function writeFor(store: Store, file: CaseFile, ctx: CommandContext, panel: readonly PanelMember[]): (() => Promise<void>) | null {
  // A draft saved meanwhile fails the deletion's version guard and stays, its retention counted anew.
  const expired = expiredDraft(file, ctx.now);
  if (expired) return () => commitDraftDeletion(store, expired);
  const change = attendToCase(file, ctx, panel);
  return change && (() => commitPurgingChange(store, change, file.case));
}

const fileOf = (kase: Case): CaseFile => ({ case: kase, votes: [], conflicts: [], questions: [], comments: [], history: [] });
