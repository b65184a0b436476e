import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Case } from '../../domain/case/case.schema.js';
import type { CaseFile } from '../../domain/case/case-file.js';
import { mayDeliberate } from '../../domain/deliberation/recusal.js';
import { readItem, type Item } from '../storage/items.js';
import { caseRecordKind, followUpsDueUntil, keys } from '../storage/keys.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from '../storage/paging.js';
import type { Store } from '../storage/store.js';
import { BadCursor } from '../storage/store-errors.js';
import { table, type IndexName } from '../storage/table.js';

/** A case with its votes, conflicts, questions, comments and history, in one Query: the case screen. */
export async function getCaseFile(store: Store, caseId: string): Promise<CaseFile | undefined> {
  const items: Item[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.table,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': table.partitionKey },
        ExpressionAttributeValues: { ':pk': keys.casePartition(caseId) },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return caseFileOf(items);
}

/** The case file from the items of a case's partition, each parsed as the record its sort key says it is. */
function caseFileOf(items: Item[]): CaseFile | undefined {
  let kase: Case | undefined;
  const file: Omit<CaseFile, 'case'> = { votes: [], conflicts: [], questions: [], comments: [], history: [] };
  for (const item of items) {
    const kind = caseRecordKind(item[table.sortKey]);
    if (kind === 'case') kase = readItem.case(item);
    else if (kind === 'vote') file.votes.push(readItem.vote(item));
    else if (kind === 'conflict') file.conflicts.push(readItem.conflict(item));
    else if (kind === 'question') file.questions.push(readItem.question(item));
    else if (kind === 'comment') file.comments.push(readItem.comment(item));
    else if (kind === 'history') file.history.push(readItem.history(item));
  }
  if (!kase) return undefined;
  file.questions.sort((a, b) => a.askedAt.localeCompare(b.askedAt));
  return { case: kase, ...file };
}

async function queryIndex(
  store: Store,
  index: IndexName,
  partition: string,
  page: PageRequest,
  newestFirst: boolean,
  sortKeyAtMost?: string,
): Promise<Page<Case>> {
  const { name, partitionKey, sortKey } = table.indexes[index];
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      IndexName: name,
      KeyConditionExpression: sortKeyAtMost ? '#pk = :pk AND #sk <= :until' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': partitionKey, ...(sortKeyAtMost ? { '#sk': sortKey } : {}) },
      ExpressionAttributeValues: { ':pk': partition, ...(sortKeyAtMost ? { ':until': sortKeyAtMost } : {}) },
      ScanIndexForward: !newestFirst,
      Limit: page.limit,
      ExclusiveStartKey: page.cursor ? decodeCursor(page.cursor) : undefined,
    }),
  ).catch((error: unknown) => {
    if (page.cursor && error instanceof Error && error.name === 'ValidationException') throw new BadCursor(error.message);
    throw error;
  });
  return { items: onceEach(result.Items ?? []).map(readItem.case), cursor: encodeCursor(result.LastEvaluatedKey) };
}

/**
 * Each item once, in the index's order. DynamoDB Local was seen to answer an index query with the
 * same case twice after concurrent transactions (benchmark, 100 cases); a list must not show it
 * twice, nor ask for its ballots twice (a BatchGet with a repeated key is refused).
 */
function onceEach(items: Record<string, unknown>[]): Record<string, unknown>[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${String(item.PK)}|${String(item.SK)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The counsellor's list: their organisation's cases, newest first. */
export const listOrganisationCases = (store: Store, fundId: string, organisationId: string, page: PageRequest) =>
  queryIndex(store, 'byOrganisation', keys.organisation(fundId, organisationId), page, true);

/** A queue of the fund's cases in one state, urgent first, then earliest deadline or date: manager and panel queues. */
export const listQueue = (store: Store, fundId: string, state: Case['state'], page: PageRequest) =>
  queryIndex(store, 'byState', keys.queue(fundId, state), page, false);

/** The manager's follow-ups to chase: cases in follow-up with a report due by now, longest due first. */
export const listFollowUpsDue = (store: Store, fundId: string, now: string, page: PageRequest) =>
  queryIndex(store, 'byState', keys.queue(fundId, 'follow_up'), page, false, followUpsDueUntil(now));

/** Earlier requests for the same client within the fund (the organisation's pseudonym), newest first. */
export const listClientCases = (store: Store, kase: Pick<Case, 'fundId' | 'organisationId'>, clientRef: string, limit = 50) =>
  queryIndex(store, 'byClient', keys.client(kase.fundId, kase.organisationId, clientRef), { limit }, true);

/** Which of these cases the member has voted on or stepped back from: one BatchGetItem per 50 cases. */
async function casesActedOnBy(store: Store, memberId: string, caseIds: string[]): Promise<Set<string>> {
  const acted = new Set<string>();
  for (let i = 0; i < caseIds.length; i += 50) {
    let wanted: Record<string, unknown>[] = caseIds.slice(i, i + 50).flatMap((id) => [keys.vote(id, memberId), keys.conflict(id, memberId)]);
    while (wanted.length > 0) {
      const result = await store.db.send(
        new BatchGetCommand({ RequestItems: { [store.table]: { Keys: wanted, ProjectionExpression: 'caseId' } } }),
      );
      for (const item of result.Responses?.[store.table] ?? []) acted.add(readItem.ballotCaseId(item).caseId);
      wanted = result.UnprocessedKeys?.[store.table]?.Keys ?? [];
    }
  }
  return acted;
}

/**
 * The panel member's queue: cases in deliberation in their fund, urgent first then by deadline,
 * without those they may not deliberate on (the domain's recusal) and those they already voted on or stepped back from.
 * A page of the queue and one look-up of the member's ballots on it: it never grows with their history.
 */
export async function listAwaitingVote(
  store: Store,
  member: { userId: string; fundId: string; organisationId?: string },
  page: PageRequest,
): Promise<Page<Case>> {
  const queue = await listQueue(store, member.fundId, 'in_deliberation', page);
  const open = queue.items.filter((c) => mayDeliberate(member, c));
  const acted = open.length > 0 ? await casesActedOnBy(store, member.userId, open.map((c) => c.id)) : new Set<string>();
  return { ...queue, items: open.filter((c) => !acted.has(c.id)) };
}
