import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Case } from '../../domain/case/case.schema.js';
import type { CaseChange } from '../../domain/case/case-file.js';
import { purgedItems } from '../storage/after-decision.writer.js';
import { commitChange } from '../storage/case-change.writer.js';
import type { Store } from '../storage/store.js';

/** Room left in one transaction (100 items) beside the case, its history entry, figures and notifications. */
const PURGED_IN_ONE_GO = 60;

/**
 * Writes a change that purged a case's narrative text. A case with many records has the surplus
 * overwritten first, in chunks: plain overwrites with the marker, so a retry or a second run does no
 * harm; the case itself, marked purged, is written last under its version guard.
 */
export async function commitPurgingChange(store: Store, change: CaseChange, previous: Case): Promise<void> {
  const purged = change.purged;
  if (!purged) {
    await commitChange(store, change, previous);
    return;
  }
  const all = purgedItems(store.table, purged);
  const surplus = all.slice(PURGED_IN_ONE_GO);
  // Unconditional overwrites (see purgedItems): a run that stops halfway is finished by the next.
  for (let i = 0; i < surplus.length; i += 100) {
    await store.db.send(new TransactWriteCommand({ TransactItems: surplus.slice(i, i + 100) }));
  }
  const kept = all.length - surplus.length;
  await commitChange(store, { ...change, purged: surplusRemoved(purged, kept) }, previous);
}

/** The first `count` purged records, in the order purgedItems writes them. */
function surplusRemoved(purged: NonNullable<CaseChange['purged']>, count: number): NonNullable<CaseChange['purged']> {
  let left = count;
  const take = <T>(list: T[]): T[] => {
    const taken = list.slice(0, Math.max(0, left));
    left -= taken.length;
    return taken;
  };
  return { votes: take(purged.votes), questions: take(purged.questions), comments: take(purged.comments), history: take(purged.history) };
}
