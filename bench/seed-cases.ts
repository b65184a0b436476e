import { randomUUID } from 'node:crypto';
import { recordDecision } from '../domain/case/decision.commands.js';
import { createDraft } from '../domain/case/draft.commands.js';
import type { CaseChange, CaseFile, CommandContext } from '../domain/case/case-file.js';
import { openDeliberation, screen, withdraw } from '../domain/case/screening.commands.js';
import { submit } from '../domain/case/submission.commands.js';
import { castVote } from '../domain/deliberation/vote.commands.js';
import type { Fund } from '../domain/fund/fund.schema.js';
import { actorOfUser } from '../domain/people/user.schema.js';
import type { Result } from '../domain/shared/result.js';
import { applyChange } from '../functions/api/case-view.js';
import { demoFunds, demoUser } from '../functions/local/demo/demo-funds.js';
import { commitChange } from '../functions/storage/case-change.writer.js';
import type { Store } from '../functions/storage/store.js';
import { WriteConflict } from '../functions/storage/store-errors.js';
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

async function write(store: Store, file: CaseFile | null, result: Result<CaseChange>): Promise<CaseFile> {
  if (!result.ok) throw new Error(`Seeding a case failed: ${result.error.message}`);
  for (let attempt = 1; ; attempt++) {
    try {
      const history = await commitChange(store, result.value, file?.case ?? null);
      const empty: CaseFile = { case: result.value.case, votes: [], conflicts: [], questions: [], comments: [], history: [] };
      return applyChange(file ?? empty, result.value, history);
    } catch (error) {
      // Many cases at once contend for the same month's figures: a lost transaction is retried.
      if (!(error instanceof WriteConflict) || attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
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
  await write(store, file, recordDecision(file, manager, decision, ctx()));
}

function progress(label: string, done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r  ${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

/** Seeds cases `from` up to `to` (numbered, so each size adds to the last), several at once, with a progress bar. */
export async function seedCases(store: Store, from: number, to: number, seed = 7): Promise<void> {
  const rnd = random(seed + from);
  const now = Date.now();
  let next = from;
  let done = 0;
  const total = to - from;
  const worker = async () => {
    while (next < to) {
      const n = next++;
      await seedCase(store, n, rnd, now);
      if (++done % 50 === 0 || done === total) progress(`seeding cases ${from + 1}–${to}`, done, total);
    }
  };
  await Promise.all(Array.from({ length: 12 }, worker));
}
