import type { CaseChange, CaseFile, CommandContext } from '../../domain/case/case-file.js';
import type { Fund } from '../../domain/fund/fund.schema.js';
import type { Actor } from '../../domain/people/actor.schema.js';
import { canView } from '../../domain/policies/case.policy.js';
import type { Result } from '../../domain/shared/result.js';
import { fromDomainError, httpError, notFound } from '../http/http-error.js';
import { getCaseFile } from './case.repository.js';
import { commitChange, historyOf } from '../storage/case-change.writer.js';
import { getFundCached } from '../fund/fund.repository.js';
import { answerRecordItems, type IdempotencyClaim } from '../storage/idempotency.repository.js';
import type { Store } from '../storage/store.js';
import { WriteConflict } from '../storage/store-errors.js';
import { applyChange, caseView, type CaseView } from './case.view.js';

interface Caller {
  actor: Actor;
  store: Store;
  now: string;
  newId: () => string;
  /** Set on the routes that honour If-Match (`honoursIfMatch`): the version the caller loaded. */
  ifMatch: string | undefined;
  idempotency?: IdempotencyClaim;
}

export async function fundOf(caller: Pick<Caller, 'actor' | 'store'>): Promise<Fund> {
  const fund = await getFundCached(caller.store, caller.actor.fundId);
  if (!fund) throw httpError(403, 'unknown_fund', 'Your account belongs to a fund that does not exist here: ask your programme manager.');
  return fund;
}

/** The case if this caller may see it; 404 otherwise, so that another organisation's cases do not show they exist. */
export async function loadVisibleCase(caller: Pick<Caller, 'actor' | 'store'>, caseId: string): Promise<CaseFile> {
  const file = await getCaseFile(caller.store, caseId);
  if (!file || !canView(caller.actor, file.case)) throw notFound();
  return file;
}

/** A stale If-Match is a conflict before anything is tried. */
export function checkIfMatch(ifMatch: string | undefined, version: number): void {
  const expected = ifMatch?.replace(/^W\/|"/g, '');
  // `*` asks only that the case exists (RFC 9110), which loading it has shown.
  if (expected !== undefined && expected !== '*' && expected !== String(version))
    throw httpError(409, 'version_conflict', 'The case was changed since you loaded it: reload it and try again.', { currentVersion: version, params: { currentVersion: version } });
}

export type CaseCommand = (file: CaseFile, ctx: CommandContext) => Result<CaseChange> | Promise<Result<CaseChange>>;

/** How often a command is decided: once, and again on a fresh read each time its write loses a race. */
const DECISIONS = 4;

/**
 * Racing commands end as if one came after the other. A write that loses a race on what its
 * command read (the case's version or ballots, the member's own vote or conflict, a question, the
 * budget) changes nothing; the command is then read and decided again, on the case as the winner
 * left it, as if the request had come a moment later: it is accepted, or refused for its own reason
 * (the case is decided, the member is recused). A caller who sent If-Match asked for the version
 * they loaded, and gets the version conflict. Uncontended, this is one read and one write.
 *
 * @param attempt reads, decides and writes once; `again` when an earlier attempt lost its race.
 */
export async function decidedOnLatest<T>(attempt: (again: boolean) => Promise<T>): Promise<T> {
  for (let decision = 1; ; decision++) {
    try {
      return await attempt(decision > 1);
    } catch (error) {
      if (!(error instanceof WriteConflict) || !error.readMovedOn || decision >= DECISIONS) throw error;
    }
  }
}

/** A moment for a change decided again: never before the history it was decided on, so the history keeps the order of the changes. */
export function momentAfter(file: CaseFile, now: string): string {
  const last = file.history.reduce((latest, h) => (h.at > latest ? h.at : latest), '');
  return last < now ? now : new Date(Date.parse(last) + 1).toISOString();
}

/**
 * The shape of every case change: read the case (one Query), let the domain decide, write the
 * change as one transaction guarded by what was read, answer with the new view; decided again on a
 * fresh read when the write lost a race (see decidedOnLatest).
 */
export async function runCaseCommand(caller: Caller, caseId: string, command: CaseCommand): Promise<CaseView> {
  return decidedOnLatest(async (again) => {
    const [file, fund] = await Promise.all([loadVisibleCase(caller, caseId), fundOf(caller)]);
    checkIfMatch(caller.ifMatch, file.case.version);
    const now = again ? momentAfter(file, caller.now) : caller.now;
    const result = await command(file, { now, newId: caller.newId, fund });
    if (!result.ok) throw fromDomainError(result.error);
    // The answer is made before the write, so that with an Idempotency-Key it is stored in the same transaction.
    const history = historyOf(result.value);
    const view = caseView(caller.actor, applyChange(file, result.value, history), fund);
    await commitChange(caller.store, result.value, file.case, { history, alsoWrite: answerRecordItems(caller.store.table, caller.idempotency, view) });
    return view;
  });
}
