import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ReportEntry, ReportFilter } from '../../domain/follow-up/report-list.schema.js';
import { readItem } from '../storage/items.js';
import { keys } from '../storage/keys.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from '../storage/paging.js';
import type { Store } from '../storage/store.js';
import { refusingBadCursor } from '../storage/store-errors.js';

/** A listed report with its lesson read from the case; `purged` when the retention purge took the text. */
export type ListedReport = ReportEntry & { lesson?: string | undefined; purged: boolean };

/**
 * The manager's recent follow-up reports, newest first, narrowed by category and outcome: one Query
 * of the list the filter names (each report is in all four, so a page is never short), and one
 * BatchGetItem of the page's cases for the lessons. A listed case that is not there is left out.
 */
export async function listFollowUpReports(store: Store, fundId: string, filter: ReportFilter, page: PageRequest): Promise<Page<ListedReport>> {
  const result = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.reportList(fundId, filter) },
      ScanIndexForward: false,
      Limit: page.limit,
      ExclusiveStartKey: page.cursor ? decodeCursor(page.cursor) : undefined,
    }),
  ).catch(refusingBadCursor(page.cursor));
  const entries = (result.Items ?? []).map(readItem.reportEntry);
  const texts = await reportTextsOf(store, entries.map((e) => e.caseId));
  const items = entries.flatMap((entry): ListedReport[] => {
    const kase = texts.get(entry.caseId);
    if (!kase) return [];
    const purged = kase.retention?.purgedAt !== undefined;
    const lesson = purged ? undefined : kase.followUp?.moments[entry.moment - 1]?.lesson;
    return [{ ...entry, ...(lesson === undefined ? {} : { lesson }), purged }];
  });
  return { items, cursor: encodeCursor(result.LastEvaluatedKey) };
}

/** The reports' texts of these cases, by case id: one BatchGetItem (a page holds at most 100 cases). */
async function reportTextsOf(store: Store, caseIds: string[]) {
  const found = new Map<string, ReturnType<typeof readItem.reportTexts>>();
  // Each case once: a BatchGet with a repeated key is refused.
  let wanted: Record<string, unknown>[] = [...new Set(caseIds)].map((id) => keys.case(id));
  while (wanted.length > 0) {
    const result = await store.db.send(
      new BatchGetCommand({
        RequestItems: {
          [store.table]: { Keys: wanted, ProjectionExpression: '#id, followUp, retention', ExpressionAttributeNames: { '#id': 'id' } },
        },
      }),
    );
    for (const item of result.Responses?.[store.table] ?? []) {
      const texts = readItem.reportTexts(item);
      found.set(texts.id, texts);
    }
    wanted = result.UnprocessedKeys?.[store.table]?.Keys ?? [];
  }
  return found;
}
