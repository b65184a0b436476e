import { randomUUID } from 'node:crypto';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Case } from '../../domain/case/case.schema.js';
import type { CaseChange } from '../../domain/case/case-file.js';
import type { HistoryEntry } from '../../domain/case/case-event.schema.js';
import { afterDecisionItems } from './after-decision.writer.js';
import { figureUpdates } from './figures.writer.js';
import type { StoredCase } from './items.js';
import { caseIndexKeys, keys, memberIndexKeys } from './keys.js';
import type { Store } from './store.js';
import { conditionFailureOf, WriteConflict, type ConditionFailure } from './store-errors.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const MAX_ATTEMPTS = 5;

/**
 * Writes what a command changed as one transaction: the case guarded by the version it was read at
 * (or created new), each vote, conflict, question or comment under its own condition, and one
 * history entry per event. A lost race is a WriteConflict; nothing is half-written.
 *
 * The fund's figures move in the same transaction, so the learning picture never drifts from the cases;
 * so do the notifications the events cause, the fund year's budget sums and a reported lesson.
 *
 * @param previous the case as the command read it, or null when the case is new.
 */
export async function commitChange(
  store: Store,
  change: CaseChange,
  previous: Case | null,
  /** The history entries, when the caller made them first (see historyOf), and items to write in the same transaction. */
  options: { history?: HistoryEntry[]; alsoWrite?: TransactItem[] } = {},
): Promise<HistoryEntry[]> {
  const expectedVersion = previous?.version ?? null;
  const history = options.history ?? historyOf(change);
  const own = [
    ...transactItems(store.table, change, history, previous),
    ...figureUpdates(store.table, previous, change.case),
    ...afterDecisionItems(store.table, change, history, previous),
  ];
  // Last, so the case stays the first item: a cancellation at index 0 means the case moved on.
  const items = [...own, ...(options.alsoWrite ?? [])];
  for (let attempt = 1; ; attempt++) {
    try {
      await store.db.send(new TransactWriteCommand({ TransactItems: items, ClientRequestToken: randomUUID() }));
      return history;
    } catch (error) {
      const failure = conditionFailureOf(error);
      if (!failure) throw error;
      if (failure.transient && attempt < MAX_ATTEMPTS) {
        await backoff(attempt);
        continue;
      }
      throw conflictFrom(failure, change, expectedVersion, own.length);
    }
  }
}

/** One history entry per event of the change, with its id: made before the write when the answer must be known first. */
export const historyOf = (change: CaseChange): HistoryEntry[] =>
  // Events of one change share their moment; the index first in the id keeps them in order in the sort key.
  change.events.map((event, i) => ({ ...event, id: `${String(i).padStart(2, '0')}-${randomUUID()}`, caseId: change.case.id }));

function transactItems(table: string, change: CaseChange, history: HistoryEntry[], previous: Case | null): TransactItem[] {
  const kase = change.case;
  const caseId = kase.id;
  const items: TransactItem[] = [caseItem(table, change, previous)];
  if (change.vote) {
    const { record, previousRevision } = change.vote;
    items.push({
      Put: {
        TableName: table,
        Item: { ...keys.vote(caseId, record.member.userId), ...memberIndexKeys(record, record.castAt), entity: 'vote', ...record },
        ...revisionGuard(previousRevision),
      },
    });
    items.push(noConflictOf(table, caseId, record.member.userId));
  }
  if (change.removedVoteOf) {
    const revision = change.removedVoteRevision;
    items.push({ Delete: { TableName: table, Key: keys.vote(caseId, change.removedVoteOf), ...(revision === undefined ? {} : revisionGuard(revision)) } });
  }
  if (change.conflict) {
    const c = change.conflict;
    items.push(newItem(table, { ...keys.conflict(caseId, c.member.userId), ...memberIndexKeys(c, c.at), entity: 'conflict', ...c }));
    // No vote seen, none to set aside: a vote landing meanwhile fails this, and the conflict is decided again with it.
    if (!change.removedVoteOf) items.push({ ConditionCheck: { TableName: table, Key: keys.vote(caseId, c.member.userId), ConditionExpression: 'attribute_not_exists(PK)' } });
  }
  if (change.question) {
    const { record, isNew } = change.question;
    const item = { ...keys.question(caseId, record.id), entity: 'question', ...record };
    items.push(isNew ? newItem(table, item) : { Put: { TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(answer)' } });
  }
  if (change.comment) {
    const c = change.comment;
    items.push(newItem(table, { ...keys.comment(caseId, c.at, c.id), entity: 'comment', ...c }));
    if (c.author.role === 'panel_member') items.push(noConflictOf(table, caseId, c.author.userId));
  }
  for (const entry of history) {
    items.push(newItem(table, { ...keys.history(caseId, entry.at, entry.id), entity: 'history', ...entry }));
  }
  return items;
}

/**
 * A member's own vote and conflict decide whether they may vote, comment or declare, and what a
 * declaration sets aside; a vote or a conflict changes no field of the case, so the case's version
 * does not guard them. Each such write is therefore guarded on the member's records as the command
 * read them: the vote's revision (or its absence), and no conflict declared. Two changes of the same
 * member at the same moment then cannot both land as if the other were not there; the loser is
 * decided again on a fresh read (see runCaseCommand). Other members' ballots stay independent.
 */
const revisionGuard = (revision: number | undefined) =>
  revision === undefined
    ? { ConditionExpression: 'attribute_not_exists(PK)' }
    : { ConditionExpression: 'revision = :rev', ExpressionAttributeValues: { ':rev': revision } };

const noConflictOf = (table: string, caseId: string, memberId: string): TransactItem => ({
  ConditionCheck: { TableName: table, Key: keys.conflict(caseId, memberId), ConditionExpression: 'attribute_not_exists(PK)' },
});

/**
 * The case item of the transaction. A vote or a declared conflict changes no field of the case, but
 * it counts a ballot on it; any other change puts the case guarded by both its version and that count,
 * so a decision can never be written from a tally that missed a vote landing meanwhile.
 */
function caseItem(table: string, change: CaseChange, previousCase: Case | null): TransactItem {
  const kase = change.case;
  const previous = previousCase && { ...previousCase, ballots: ballotsOf(previousCase) };
  if (previous === null) return newItem(table, { ...keys.case(kase.id), ...caseIndexKeys(kase), entity: 'case', ...kase });
  const key = keys.case(kase.id);
  const versionGuard = { ':expected': previous.version };
  const names = { '#version': 'version', '#ballots': 'ballots' };
  const onFailure = { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const };
  if (change.caseChanged) {
    const ballotsGuard = previous.ballots === undefined ? 'attribute_not_exists(#ballots)' : '#ballots = :ballots';
    return {
      Put: {
        TableName: table,
        Item: { ...key, ...caseIndexKeys(kase), entity: 'case', ...kase, ...(previous.ballots === undefined ? {} : { ballots: previous.ballots }) },
        ConditionExpression: `#version = :expected AND ${ballotsGuard}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ...versionGuard, ...(previous.ballots === undefined ? {} : { ':ballots': previous.ballots }) },
        ...onFailure,
      },
    };
  }
  const guard = { ConditionExpression: '#version = :expected', ExpressionAttributeValues: versionGuard, ...onFailure };
  if (!isBallot(change)) return { ConditionCheck: { TableName: table, Key: key, ExpressionAttributeNames: { '#version': 'version' }, ...guard } };
  return {
    Update: {
      TableName: table,
      Key: key,
      UpdateExpression: 'ADD #ballots :one',
      ExpressionAttributeNames: names,
      ...guard,
      ExpressionAttributeValues: { ...versionGuard, ':one': 1 },
    },
  };
}

const isBallot = (change: CaseChange) => change.vote !== undefined || change.conflict !== undefined || change.removedVoteOf !== undefined;

/** The case as the transaction leaves it stored, ballot count included: for callers that go on from it without a read. */
export function caseAsStored(change: CaseChange, previous: Case | null): Case {
  const ballots = previous ? ballotsOf(previous) : undefined;
  if (!isBallot(change) && ballots === undefined) return change.case;
  const stored: StoredCase = { ...change.case, ballots: isBallot(change) ? (ballots ?? 0) + 1 : ballots };
  return stored;
}

/** The ballot count a case read from the table carries (see StoredCase); the domain's own Case type does not know it. */
const ballotsOf = (kase: Case | StoredCase): number | undefined =>
  'ballots' in kase && typeof kase.ballots === 'number' ? kase.ballots : undefined;

const newItem = (table: string, item: Record<string, unknown>): TransactItem => ({
  Put: { TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(PK)' },
});

/**
 * What the failed item of the transaction guarded: the case comes first, the change's own records
 * after it, the items the caller added (an idempotency answer) last. Whatever the change read and
 * relied on that moved on makes a conflict worth deciding again; an item of the caller's does not.
 */
function conflictFrom(failure: ConditionFailure, change: CaseChange, expectedVersion: number | null, ownItems: number): WriteConflict {
  const failed = failure.failedAt[0] ?? -1;
  if (expectedVersion === null && failed === 0) return new WriteConflict('This case already exists.');
  const readMovedOn = failure.failedAt.every((i) => i < ownItems);
  const conflict = (message: string, currentVersion?: number) => new WriteConflict(message, currentVersion, { readMovedOn });
  if (failed === 0) return conflict('The case was changed by someone else: reload it and try again.', failure.currentVersionAt(0));
  if (failed > 0 && change.vote) return conflict('Your vote was changed at the same moment: reload and try again.');
  if (failed > 0 && change.question) return conflict('This question was answered at the same moment.');
  if (failed > 0 && change.budgetChecked)
    return conflict('Another grant used this year’s budget meanwhile: reload the case to see what is left, and decide again.');
  return conflict('Someone else changed this case at the same moment: reload it and try again.');
}

const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
