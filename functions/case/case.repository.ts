import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { matchesSearch, type CaseSearch } from '../../domain/case/case-search.js';
import type { Case } from '../../domain/case/case.schema.js';
import type { CaseFile } from '../../domain/case/case-file.js';
import { mayDeliberate } from '../../domain/deliberation/recusal.js';
import { readItem, type Item } from '../storage/items.js';
import { caseRecordKind, followUpsDueUntil, keys } from '../storage/keys.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from '../storage/paging.js';
import type { Store } from '../storage/store.js';
import { refusingBadCursor } from '../storage/store-errors.js';
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

interface IndexRead {
  index: IndexName;
  partition: string;
  newestFirst: boolean;
  /** Bounds of the index's sort key, both included. */
  sortKeyFrom?: string;
  sortKeyTo?: string;
  /** The search fields the key already answers, so what is read need not be checked for them. */
  keyed?: ReadonlyArray<keyof CaseSearch>;
}

/** One Query of an index: each item once, and the key to go on from. */
async function queryIndexItems(store: Store, read: IndexRead, limit: number, startKey: Record<string, unknown> | undefined, cursor?: string) {
  const { name, partitionKey, sortKey } = table.indexes[read.index];
  const range =
    read.sortKeyFrom && read.sortKeyTo ? ' AND #sk BETWEEN :from AND :to' : read.sortKeyFrom ? ' AND #sk >= :from' : read.sortKeyTo ? ' AND #sk <= :to' : '';
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      IndexName: name,
      KeyConditionExpression: `#pk = :pk${range}`,
      ExpressionAttributeNames: { '#pk': partitionKey, ...(range ? { '#sk': sortKey } : {}) },
      ExpressionAttributeValues: {
        ':pk': read.partition,
        ...(read.sortKeyFrom ? { ':from': read.sortKeyFrom } : {}),
        ...(read.sortKeyTo ? { ':to': read.sortKeyTo } : {}),
      },
      ScanIndexForward: !read.newestFirst,
      Limit: limit,
      ExclusiveStartKey: startKey,
    }),
  ).catch(refusingBadCursor(cursor));
  return { items: onceEach(result.Items ?? []), lastKey: result.LastEvaluatedKey };
}

async function queryIndex(
  store: Store,
  index: IndexName,
  partition: string,
  page: PageRequest,
  newestFirst: boolean,
  sortKeyAtMost?: string,
): Promise<Page<Case>> {
  const startKey = page.cursor ? decodeCursor(page.cursor) : undefined;
  const read = { index, partition, newestFirst, ...(sortKeyAtMost ? { sortKeyTo: sortKeyAtMost } : {}) };
  const { items, lastKey } = await queryIndexItems(store, read, page.limit, startKey, page.cursor);
  return { items: items.map(readItem.case), cursor: encodeCursor(lastKey) };
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

/** A queue of the fund's cases in one state, urgent first, then earliest deadline or date: manager and panel queues. */
export const listQueue = (store: Store, fundId: string, state: Case['state'], page: PageRequest) =>
  queryIndex(store, 'byState', keys.queue(fundId, state), page, false);

/** The manager's follow-ups to chase: cases in follow-up with a report due by now, longest due first. */
export const listFollowUpsDue = (store: Store, fundId: string, now: string, page: PageRequest) =>
  queryIndex(store, 'byState', keys.queue(fundId, 'follow_up'), page, false, followUpsDueUntil(now));

/** Earlier requests for the same client within the fund (the organisation's pseudonym), newest first. */
export const listClientCases = (store: Store, kase: Pick<Case, 'fundId' | 'organisationId'>, clientRef: string, limit = 50) =>
  queryIndex(store, 'byClient', keys.client(kase.fundId, kase.organisationId, clientRef), { limit }, true);

/** The client's requests started before this case, newest first (the index sorts them by when they were started). */
export const listEarlierClientCases = (store: Store, kase: Pick<Case, 'fundId' | 'organisationId' | 'createdAt'>, clientRef: string, page: PageRequest) =>
  queryIndex(store, 'byClient', keys.client(kase.fundId, kase.organisationId, clientRef), page, true, kase.createdAt);

/** Which of these cases the member has voted on or stepped back from: one BatchGetItem per 50 cases. */
async function casesActedOnBy(store: Store, memberId: string, cases: string[]): Promise<Set<string>> {
  // Each case once: a BatchGet with a repeated key is refused (the bench met a page naming a case twice).
  const caseIds = [...new Set(cases)];
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

/** Who searches the archive: the fund's manager (every submitted case), or a counsellor (their organisation's, drafts included). */
export type ArchiveScope = { fundId: string; organisationId?: string | undefined; drafts: boolean };

/** At most this many Queries per page of search results: a rare search answers with fewer results and a cursor to search on. */
const SEARCH_READS = 3;
const SEARCH_CHUNK = 100;

/** The narrowest index the search's keys allow: a client (with its organisation), an organisation, or the fund's archive by submission. */
function archiveRead(scope: ArchiveScope, search: CaseSearch): IndexRead {
  if (scope.organisationId && search.clientRef)
    return { index: 'byClient', partition: keys.client(scope.fundId, scope.organisationId, search.clientRef), newestFirst: true, keyed: ['clientRef'] };
  if (scope.organisationId) return { index: 'byOrganisation', partition: keys.organisation(scope.fundId, scope.organisationId), newestFirst: true };
  return {
    index: 'byFund',
    partition: keys.fundCases(scope.fundId),
    newestFirst: true,
    // The archive's sort key starts with the moment of submission, so the period is a key range, not a filter.
    ...(search.from ? { sortKeyFrom: search.from } : {}),
    ...(search.to ? { sortKeyTo: `${search.to}~` } : {}),
    keyed: ['from', 'to'],
  };
}

/**
 * The case archive: every case in scope that matches the search, newest first, paged. Reads the
 * narrowest index and applies the rest of the search (the domain's `matchesSearch`) to what it reads.
 */
export async function searchCases(store: Store, scope: ArchiveScope, search: CaseSearch, page: PageRequest): Promise<Page<Case>> {
  const read = archiveRead(scope, search);
  const wanted = (kase: Case) => (scope.drafts || kase.state !== 'draft') && matchesSearch(kase, search);
  // The archive by submission holds no drafts; the other indexes do.
  const filtered =
    Object.entries(search).some(([field, value]) => value !== undefined && !read.keyed?.includes(field as keyof CaseSearch)) ||
    (!scope.drafts && read.index !== 'byFund');
  const { partitionKey, sortKey } = table.indexes[read.index];
  const found: Case[] = [];
  let startKey = page.cursor ? decodeCursor(page.cursor) : undefined;
  for (let reads = 0; reads < SEARCH_READS; reads++) {
    // Unfiltered, one Query is one page; filtered, read more at once so a page needs fewer Queries.
    const chunk = filtered ? Math.max(page.limit, SEARCH_CHUNK) : page.limit;
    const { items, lastKey } = await queryIndexItems(store, read, chunk, startKey, page.cursor);
    for (const item of items) {
      const kase = readItem.case(item);
      if (!wanted(kase)) continue;
      found.push(kase);
      if (found.length === page.limit) {
        // Full in the middle of what was read: go on after this item, not after the whole chunk.
        const last = item === items.at(-1) ? lastKey : { PK: item.PK, SK: item.SK, [partitionKey]: item[partitionKey], [sortKey]: item[sortKey] };
        return { items: found, cursor: encodeCursor(last) };
      }
    }
    startKey = lastKey;
    if (!startKey) break;
  }
  return { items: found, cursor: encodeCursor(startKey) };
}
