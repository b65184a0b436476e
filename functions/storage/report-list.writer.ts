import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Case } from '../../domain/case/case.schema.js';
import type { FollowUpMoment } from '../../domain/follow-up/follow-up.schema.js';
import type { ReportEntry } from '../../domain/follow-up/report-list.schema.js';
import { keys } from './keys.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * What a list of reports shows of a report, beside the case's id: its facets only, never its text.
 * The notes and the lesson are narrative that the retention purge replaces in the case; the list
 * reads them from the case, so they go with the purge.
 */
export function reportEntryOf(kase: Case, moment: number): ReportEntry {
  const m = kase.followUp!.moments[moment - 1]!;
  return {
    caseId: kase.id,
    moment,
    monthsAfter: m.monthsAfter,
    category: kase.request.category ?? 'other',
    reportedAt: m.reportedAt!,
    reportedBy: { userId: m.reportedBy?.userId ?? '', name: m.reportedBy?.name ?? '' },
    breakthrough: m.breakthrough!,
    domains: m.domains ?? {},
    ...(m.correctedAt ? { correctedAt: m.correctedAt } : {}),
  };
}

const isReported = (m: FollowUpMoment | undefined): m is FollowUpMoment => m?.reportedAt !== undefined && m.breakthrough !== undefined;

/** The four lists a reported moment is in: all of the fund's, its category's, its outcome's, and both. */
function entryKeys(kase: Case, moment: number) {
  const m = kase.followUp!.moments[moment - 1]!;
  const category = kase.request.category ?? 'other';
  const breakthrough = m.breakthrough!;
  return [{}, { category }, { breakthrough }, { category, breakthrough }].map((filter) =>
    keys.reportEntry(keys.reportList(kase.fundId, filter), m.reportedAt!, kase.id, moment),
  );
}

const facetsOf = (kase: Case, moment: number) => JSON.stringify(reportEntryOf(kase, moment));
const keyOf = (key: { PK: string; SK: string }) => `${key.PK}|${key.SK}`;

/**
 * The list entries of the reports this change made or corrected, written in the same transaction.
 * A correction keeps the moment's reportedAt, so its entries are overwritten in place; one that
 * changed the outcome leaves the outcome's lists it was in. A change that left a report's facets
 * as they were (a purge of its text, a handover) writes nothing.
 */
export function reportListItems(table: string, previous: Case | null, kase: Case): TransactItem[] {
  const moments = kase.followUp?.moments ?? [];
  return moments.flatMap((m, i) => {
    const moment = i + 1;
    if (!isReported(m)) return [];
    const before = previous?.followUp?.moments[i];
    const wasReported = previous !== null && isReported(before);
    if (wasReported && facetsOf(previous, moment) === facetsOf(kase, moment)) return [];
    return reportEntryItems(table, kase, moment, wasReported ? entryKeys(previous, moment) : []);
  });
}

/** A reported moment's four entries, and a delete of each earlier entry that is not one of them. */
export function reportEntryItems(table: string, kase: Case, moment: number, earlier: Array<{ PK: string; SK: string }> = []): TransactItem[] {
  const entry = reportEntryOf(kase, moment);
  const wanted = entryKeys(kase, moment);
  const kept = new Set(wanted.map(keyOf));
  return [
    // Unconditional: an entry is replaced by a newer version of itself; the case's guard decides whether the change happens.
    ...wanted.map((key): TransactItem => ({ Put: { TableName: table, Item: { ...key, entity: 'followUpReport', ...entry } } })),
    ...earlier.filter((key) => !kept.has(keyOf(key))).map((key): TransactItem => ({ Delete: { TableName: table, Key: key } })),
  ];
}
