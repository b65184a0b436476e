import { fundYearOf } from '../domain/payment/budget.js';
import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { recordDecision } from '../domain/case/decision.commands.js';
import { createDraft } from '../domain/case/draft.commands.js';
import type { CaseChange, CaseFile, CommandContext } from '../domain/case/case-file.js';
import { openDeliberation, screen, withdraw } from '../domain/case/screening.commands.js';
import { submit } from '../domain/case/submission.commands.js';
import { castVote } from '../domain/deliberation/vote.commands.js';
import type { Fund } from '../domain/fund/fund.schema.js';
import { actorOfUser } from '../domain/people/user.schema.js';
import type { Result } from '../domain/shared/result.js';
import { applyChange } from '../functions/case/case.view.js';
import { demoFunds, demoUser } from '../functions/local/demo/demo-funds.js';
import { commitChange } from '../functions/storage/case-change.writer.js';
import { keys } from '../functions/storage/keys.js';
import type { Store } from '../functions/storage/store.js';
import { aGrant, aRequest, aVote } from '../test/support/fixtures.js';

/** A small, seeded random generator: the same cases on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fund: Fund = demoFunds[0]!;
const counsellors = ['sanne', 'youssef', 'eva'].map((u) => actorOfUser(demoUser(u)));
const voters = ['kees', 'anouk', 'ruben'].map((u) => actorOfUser(demoUser(u)));
const manager = actorOfUser(demoUser('marieke'));
const categories = ['rent_arrears', 'energy_debt', 'water_debt', 'deposit', 'education', 'fine', 'health_insurance_debt'] as const;

/** How far along each seeded case gets, in proportions like a fund's year. */
const endings = [
  ['draft', 0.08], ['submitted', 0.07], ['screened', 0.05], ['screened_out', 0.05], ['withdrawn', 0.05],
  ['in_deliberation', 0.15], ['granted', 0.35], ['refused', 0.2],
] as const;
type Ending = (typeof endings)[number][0];

function endingOf(r: number): Ending {
  let sum = 0;
  for (const [ending, share] of endings) if ((sum += share) >= r) return ending;
  return 'granted';
}

/**
 * Tells each case through the domain commands and the real transactional writer, but against a
 * store that only records what the writer sends; the final items are then written in batches. The
 * table ends up as if every transaction had run, in a fraction of the time.
 */
type Item = Record<string, unknown>;
const keyOf = (key: Item) => `${String(key.PK)}|${String(key.SK)}`;

/** The writer's updates are "SET a = :x, … ADD b :y, …": applied here as DynamoDB would. */
function applyUpdate(items: Map<string, Item>, update: { Key: Item; UpdateExpression: string; ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Item }): void {
  const name = (n: string) => update.ExpressionAttributeNames?.[n] ?? n;
  const value = (v: string) => update.ExpressionAttributeValues?.[v];
  const item = items.get(keyOf(update.Key)) ?? { ...update.Key };
  const [, set = '', add = ''] = /^(?:SET (.*?))?\s*(?:ADD (.*))?$/.exec(update.UpdateExpression.trim()) ?? [];
  for (const part of set.split(',').filter((p) => p.trim())) {
    const [n, v] = part.split('=').map((x) => x.trim());
    item[name(n!)] = value(v!);
  }
  for (const part of add.split(',').filter((p) => p.trim())) {
    const [n, v] = part.trim().split(/\s+/);
    item[name(n!)] = Number(item[name(n!)] ?? 0) + Number(value(v!));
  }
  items.set(keyOf(update.Key), item);
}

function recordingStore(table: string, items: Map<string, Item>): Store {
  const send = async (command: { input: { TransactItems?: Item[] } }) => {
    for (const t of command.input.TransactItems ?? []) {
      const put = t.Put as { Item: Item } | undefined;
      if (put) items.set(keyOf(put.Item), put.Item);
      if (t.Delete) items.delete(keyOf((t.Delete as { Key: Item }).Key));
      if (t.Update) applyUpdate(items, t.Update as Parameters<typeof applyUpdate>[1]);
    }
    return {};
  };
  return { db: { send } as unknown as Store['db'], table };
}

async function write(store: Store, file: CaseFile | null, result: Result<CaseChange>): Promise<CaseFile> {
  if (!result.ok) throw new Error(`Seeding a case failed: ${result.error.message}`);
  const history = await commitChange(store, result.value, file?.case ?? null);
  const empty: CaseFile = { case: result.value.case, votes: [], conflicts: [], questions: [], comments: [], history: [] };
  return applyChange(file ?? empty, result.value, history);
}

/** One case, told through the domain commands and the real transactional writer, like the demo seed. */
async function seedCase(store: Store, n: number, rnd: () => number, now: number): Promise<void> {
  let clock = now - Math.floor(rnd() * 700) * 86_400_000;
  const ctx = (): CommandContext => ({ now: new Date((clock += 3 * 3_600_000)).toISOString(), newId: randomUUID, fund });
  const counsellor = counsellors[n % counsellors.length]!;
  const ending = endingOf(rnd());
  const request = aRequest({ consent: { given: true, date: new Date(clock).toISOString().slice(0, 10) }, clientRef: `BENCH-${n % 7919}`, category: categories[n % categories.length]!, amountCents: 200_00 + Math.floor(rnd() * 4_000_00) });
  let file = await write(store, null, createDraft(counsellor, request, ctx()));
  if (ending === 'draft') return;
  if (ending === 'withdrawn' && rnd() < 0.5) return void (await write(store, file, withdraw(file, counsellor, 'De cliënt heeft zelf een regeling.', ctx())));
  file = await write(store, file, submit(file, counsellor, [], ctx()));
  if (ending === 'submitted') return;
  if (ending === 'screened_out') return void (await write(store, file, screen(file, manager, { outcome: 'out', reason: 'Past niet binnen de doelgroep van het fonds.' }, ctx())));
  if (ending === 'withdrawn') return void (await write(store, file, withdraw(file, counsellor, 'De cliënt heeft zelf een regeling.', ctx())));
  file = await write(store, file, screen(file, manager, { outcome: 'in' }, ctx()));
  if (ending === 'screened') return;
  file = await write(store, file, openDeliberation(file, manager, ctx()));
  const votes = ending === 'in_deliberation' ? Math.floor(rnd() * 3) : 3;
  for (const voter of voters.slice(0, votes)) file = await write(store, file, castVote(file, voter, aVote(), ctx()));
  if (ending === 'in_deliberation') return;
  const decision = ending === 'granted'
    ? aGrant(file.case.request.amountCents)
    : { outcome: 'refused' as const, reasoning: 'Er is een voorliggende voorziening die dit betaalt.', dissent: 'Het panel zag wel een doorbraak.' };
  const at = ctx();
  // The bench fund's budget outgrows every seeded year, so the grant is checked as the first of its year.
  await write(store, file, recordDecision(file, manager, decision, { ...at, budget: { year: fundYearOf(at.now), grantedCents: 0 } }));
}

function progress(label: string, done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r  ${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

/** Seeds cases `from` up to `to` (numbered, so each size adds to the last), with a progress bar. */
export async function seedCases(store: Store, from: number, to: number, seed = 7): Promise<void> {
  const rnd = random(seed + from);
  const now = Date.now();
  // The figures and budget items the table has now: the recorded updates add to them.
  const items = new Map<string, Item>();
  for (const partitionOf of [keys.figuresPartition, keys.budgetPartition]) {
    for (const fundId of ['amsterdam-demo', 'jongeren-demo']) {
      const found = await store.db.send(new QueryCommand({ TableName: store.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': partitionOf(fundId) } }));
      for (const item of found.Items ?? []) items.set(keyOf(item), item);
    }
  }
  const recorder = recordingStore(store.table, items);
  for (let n = from; n < to; n++) {
    await seedCase(recorder, n, rnd, now);
    if ((n - from + 1) % 100 === 0 || n + 1 === to) progress(`telling cases ${from + 1}–${to}`, n - from + 1, to - from);
  }
  const all = [...items.values()];
  let written = 0;
  const batches = Array.from({ length: Math.ceil(all.length / 25) }, (_, i) => all.slice(i * 25, i * 25 + 25));
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      let requests: Item[] = batch.map((Item) => ({ PutRequest: { Item } }));
      while (requests.length) {
        const answer = await store.db.send(new BatchWriteCommand({ RequestItems: { [store.table]: requests as never } }));
        requests = (answer.UnprocessedItems?.[store.table] ?? []) as Item[];
      }
      written += batch.length;
      if (written % 2500 < 25) progress(`writing ${all.length} items`, written, all.length);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  progress(`writing ${all.length} items`, all.length, all.length);
}
