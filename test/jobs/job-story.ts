import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { recordDecision } from '../../domain/case/decision.commands.js';
import { createDraft } from '../../domain/case/draft.commands.js';
import type { CaseChange, CaseFile } from '../../domain/case/case-file.js';
import { openDeliberation, screen } from '../../domain/case/screening.commands.js';
import { submit } from '../../domain/case/submission.commands.js';
import { castVote } from '../../domain/deliberation/vote.commands.js';
import { recordPayment } from '../../domain/payment/payment.commands.js';
import type { Result } from '../../domain/shared/result.js';
import { applyChange } from '../../functions/case/case.view.js';
import { commitChange } from '../../functions/storage/case-change.writer.js';
import { getCaseFile } from '../../functions/case/case.repository.js';
import { putFund } from '../../functions/fund/fund.repository.js';
import { keys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { ctxAt as builderCtx, fund, people } from '../domain/builders.js';
import { aGrant, aRequest, aVote } from '../support/fixtures.js';

/** A command context at a moment, with unique ids: the cases of a test file share one table. */
export const ctxAt = (now: string) => ({ ...builderCtx(now), newId: randomUUID });

export const at = (iso: string, days = 0) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

/** Writes a command's change as the API would, and returns the case file after it. */
export async function write(store: Store, file: CaseFile | null, result: Result<CaseChange>): Promise<CaseFile> {
  if (!result.ok) throw new Error(result.error.message);
  const written = await commitChange(store, result.value, file?.case ?? null);
  const before = file ?? { case: result.value.case, votes: [], conflicts: [], questions: [], comments: [], history: [] };
  return applyChange(before, result.value, written);
}

export const saveFund = (store: Store) => putFund(store, fund, { createOnly: false });

/** sanne's request walked into deliberation, opened at `start`. */
export async function inDeliberation(store: Store, clientRef: string, start: string): Promise<CaseFile> {
  let file = await write(store, null, createDraft(people.sanne, aRequest({ clientRef, consent: { given: true, date: start.slice(0, 10) } }), ctxAt(start)));
  file = await write(store, file, submit(file, people.sanne, [], ctxAt(start)));
  file = await write(store, file, screen(file, people.marieke, { outcome: 'in' }, ctxAt(start)));
  return write(store, file, openDeliberation(file, people.marieke, ctxAt(start)));
}

/** A grant decided and paid in full at `paidAt`: in follow-up, moments due 3 and 12 months later. */
export async function paidGrant(store: Store, clientRef: string, paidAt: string): Promise<CaseFile> {
  let file = await inDeliberation(store, clientRef, paidAt);
  for (const member of [people.kees, people.anouk, people.ruben]) file = await write(store, file, castVote(file, member, aVote(), ctxAt(paidAt)));
  file = await write(store, file, recordDecision(file, people.marieke, aGrant(), ctxAt(paidAt)));
  return write(store, file, recordPayment(file, people.marieke,
    { amountCents: 2_000_00, paidOn: paidAt.slice(0, 10), payee: { kind: 'landlord', reference: 'Contract 12-B' } }, ctxAt(paidAt)));
}

export const reload = async (store: Store, caseId: string): Promise<CaseFile> => (await getCaseFile(store, caseId))!;

async function partition(store: Store, pk: string): Promise<Record<string, unknown>[]> {
  const result = await store.db.send(new QueryCommand({ TableName: store.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } }));
  return result.Items ?? [];
}

/** Everything the job can touch for one case: its partition and the inboxes of sanne and the managers. */
export async function snapshot(store: Store, caseId: string) {
  const [kase, sanne, managers] = await Promise.all([
    partition(store, keys.casePartition(caseId)),
    partition(store, keys.userInbox(fund.id, 'sanne')),
    partition(store, keys.roleInbox(fund.id, 'programme_manager')),
  ]);
  return { kase, sanne, managers };
}

/** The notifications about one case in an inbox, by type, sorted. */
export const notes = (items: Record<string, unknown>[], caseId: string) =>
  items.filter((i) => i.entity === 'notification' && i.caseId === caseId).map((i) => String(i.type)).sort();
