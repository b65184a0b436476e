import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseActionNames, caseActions, type CaseAction, type Relation } from '../../domain/case/actions.js';
import { caseStates, isOneOf, type CaseState } from '../../domain/case/lifecycle.js';
import { caseFigures, sumFigures } from '../../domain/learning/figures.js';
import type { Actor } from '../../domain/people/actor.schema.js';
import { actorOfUser } from '../../domain/people/user.schema.js';
import { canView } from '../../domain/policies/case.policy.js';
import { demoUser } from '../../functions/local/demo/demo-funds.js';
import { getFigures } from '../../functions/learning/figures.repository.js';
import { figureUpdates } from '../../functions/storage/figures.writer.js';
import { readItem, type Item } from '../../functions/storage/items.js';
import { caseRecordKind, keys } from '../../functions/storage/keys.js';
import { aGrant, aVote } from '../support/fixtures.js';
import { allItems, startProofApi, type Answer, type Call, type ProofApi } from './support/proof-api.js';
import { fixture, OWNER, type Fixture, type FixtureState } from './support/scenarios.js';

/**
 * Racing commands end as if they ran one after the other. For every state, every two actions the
 * action table allows from it (each action with itself too) are sent at once on a fresh case, by
 * the same person where both actions allow one, and by different people. The stored case file
 * afterwards (case, votes, conflicts, questions, comments, history) must equal what one of the two
 * orders gives when the same two requests are sent one after the other, and every answer must be
 * the answer that order gives: no change lost, none stored twice, exactly the history events the
 * accepted changes record, no refusal (nor 409) that a sequential order would not give, never a 5xx.
 * The pairs come from the table, so a new action is raced against every other as soon as it has a
 * row and a request below (`requestOf` must name every action).
 */
let api: ProofApi;
let colleagueId: string;
const tokens = new Map<string, string>();

const ROUNDS = 3;
const year = new Date().getUTCFullYear();
const today = () => new Date().toISOString().slice(0, 10);

type Person = string | Actor;
const secondManager: Actor = { userId: 'race-manager', name: 'Tweede Manager', fundId: 'amsterdam-demo', role: 'programme_manager', organisationId: 'gemeente-wpi' };
const actorOf = (p: Person): Actor => (typeof p === 'string' ? actorOfUser(demoUser(p)) : p);
const nameOf = (p: Person) => (typeof p === 'string' ? p : p.userId);

/**
 * Who may do what on the scenarios' case (youssef's, of schuldhulp-west): kees is eligible and has
 * not voted, fatima has voted and commented (so her vote is revised and set aside), the managers
 * are two. The first of each list acts when one person is enough.
 */
const people: Record<Relation, Person[]> = {
  owner: [OWNER],
  manager: ['marieke', secondManager],
  panelMember: ['kees', 'fatima'],
  eligibleMember: ['kees', 'fatima'],
};

/** Besides the first person both actions of a pair allow, these send both alone too: fatima's vote and comment are already there, kees has neither. */
const alsoAlone: Person[] = ['fatima'];

type Slot = 0 | 1;
/** The request of each action on a fixture's case; the two slots of a pair send different contents, so which one won shows. */
const requestOf = {
  editDraft: (f, s) => ({ method: 'PATCH', path: at(f), body: { amountCents: [1_900_00, 1_700_00][s] } }),
  deleteDraft: (f) => ({ method: 'DELETE', path: at(f) }),
  submit: (f) => ({ method: 'POST', path: at(f, '/submit') }),
  withdraw: (f, s) => ({ method: 'POST', path: at(f, '/withdraw'), body: { reason: ['De cliënt is verhuisd.', 'De huisbaas schold de schuld kwijt.'][s] } }),
  screen: (f, s) => ({ method: 'POST', path: at(f, '/screening'), body: s === 0 ? { outcome: 'in' } : { outcome: 'out', reason: 'Er is een voorliggende voorziening.' } }),
  openDeliberation: (f) => ({ method: 'POST', path: at(f, '/deliberation') }),
  declareConflict: (f, s) => ({ method: 'POST', path: at(f, '/conflicts'), body: { reason: ['Mijn buurvrouw is de verhuurder.', 'Ik ken de cliënt van school.'][s] } }),
  askQuestion: (f, s) => ({ method: 'POST', path: at(f, '/questions'), body: { text: ['Is er al een betalingsregeling?', 'Wat zegt de verhuurder?'][s] } }),
  answerQuestion: (f, s) => ({ method: 'POST', path: at(f, `/questions/${f.questionId}/answer`), body: { text: ['Ja, sinds september.', 'Nog niet, wel aangevraagd.'][s] } }),
  vote: (f, s) => ({ method: 'PUT', path: at(f, '/votes/mine'), body: s === 0 ? aVote('grant') : aVote('refuse', 'Ik zie hier geen echte doorbraak.') }),
  comment: (f, s) => ({ method: 'POST', path: at(f, '/comments'), body: { text: ['Wat zegt de verhuurder?', 'De regeling lijkt stevig.'][s] } }),
  recordDecision: (f, s) => ({
    method: 'POST', path: at(f, '/decision'),
    body: s === 0 ? aGrant(1_500_00) : { outcome: 'refused', reasoning: 'Er is een andere voorziening die dit betaalt.', dissent: 'Het panel zag wel een doorbraak.' },
  }),
  recordPayment: (f, s) => ({
    method: 'POST', path: at(f, '/payments'),
    body: { amountCents: [1_000_00, 700_00][s], paidOn: today(), payee: { kind: 'landlord', reference: 'Contract 12-B' } },
  }),
  reportFollowUp: (f, s) => ({
    method: 'PUT', path: at(f, '/follow-up/1'),
    body: {
      breakthrough: (['partly', 'yes'] as const)[s],
      domains: { housing: 'same', debts: 'better', income: 'same', work: 'same', wellbeing: 'better' },
      lesson: ['Een betalingsregeling met de verhuurder werkte ook.', 'Vroeg bellen met de verhuurder hielp.'][s],
    },
  }),
  closeCase: (f, s) => ({ method: 'POST', path: at(f, '/close'), body: { reason: ['De cliënt is naar een andere gemeente verhuisd.', 'Het contact met de cliënt is verloren.'][s] } }),
  handOver: (f, s) => ({ method: 'POST', path: at(f, '/handover'), body: { toUserId: colleagueId, note: ['Ik ga met verlof.', 'Mijn collega neemt het over.'][s] } }),
} satisfies Record<CaseAction, (f: Fixture, slot: Slot) => Call>;

const at = (f: Fixture, suffix = '') => `/api/cases/${f.caseId}${suffix}`;

/** A case brought to a state over HTTP: the scenarios' walk, a partial payment for `paid`, and a first follow-up moment due now. */
const walks: Partial<Record<CaseState, (api: ProofApi) => Promise<Fixture>>> = {
  draft: (a) => fixture(a, 'draft'),
  submitted: (a) => fixture(a, 'submitted'),
  screened: (a) => fixture(a, 'screened'),
  in_deliberation: (a) => fixture(a, 'in_deliberation'),
  awaiting_answer: (a) => fixture(a, 'awaiting_answer'),
  decided: (a) => fixture(a, 'decided'),
  paid: async (a) => {
    const f = await fixture(a, 'decided');
    const paid = await a.call(tokens.get('marieke'), {
      method: 'POST', path: at(f, '/payments'), body: { amountCents: 500_00, paidOn: today(), payee: { kind: 'landlord', reference: 'Contract 12-B' } },
    });
    if (paid.status !== 201) throw new Error(`paying part of the grant answered ${paid.status}: ${paid.text}`);
    return f;
  },
  follow_up: async (a) => {
    const f = await fixture(a, 'follow_up' satisfies FixtureState);
    // The first moment is due now, so that it can be reported (a fresh decision's moments lie months ahead).
    await a.store.db.send(new UpdateCommand({
      TableName: a.store.table, Key: keys.case(f.caseId),
      UpdateExpression: 'SET followUp.moments[0].dueAt = :now', ExpressionAttributeValues: { ':now': new Date().toISOString() },
    }));
    return f;
  },
};

const partitionOf = async (caseId: string): Promise<Item[]> => {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await api.store.db.send(new QueryCommand({
      TableName: api.store.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.casePartition(caseId) },
      ConsistentRead: true, ExclusiveStartKey: start,
    }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

/** One case walked to each state, and everything its partition holds: the template of the fresh cases in that state. */
const templates = new Map<CaseState, Promise<{ f: Fixture; clientRef: string; items: Item[] }>>();
function templateOf(state: CaseState) {
  if (!templates.has(state))
    templates.set(state, (async () => {
      const f = await walks[state]!(api);
      const items = await partitionOf(f.caseId);
      const kase = readItem.case(items.find((i) => caseRecordKind(i.SK) === 'case')!);
      return { f, clientRef: kase.request.clientRef!, items };
    })());
  return templates.get(state)!;
}

/**
 * A fresh case in a state: a copy of the template's partition under a new case id and client
 * reference, with the figures a case adds, written as one transaction. Walking each of the many
 * cases over HTTP would take five times as long; the races themselves all go over HTTP.
 */
async function freshCase(state: CaseState): Promise<Fixture> {
  const template = await templateOf(state);
  const caseId = randomUUID();
  const clientRef = `RACE-${caseId.slice(0, 8)}`;
  const copied = template.items.map((item) => JSON.parse(JSON.stringify(item)
    .replaceAll(template.f.caseId, caseId)
    .replaceAll(template.clientRef, clientRef)
    .replaceAll(template.clientRef.toLowerCase(), clientRef.toLowerCase())) as Item);
  const kase = readItem.case(copied.find((i) => caseRecordKind(i.SK) === 'case')!);
  await api.store.db.send(new TransactWriteCommand({
    TransactItems: [
      ...copied.map((Item) => ({ Put: { TableName: api.store.table, Item, ConditionExpression: 'attribute_not_exists(PK)' } })),
      ...figureUpdates(api.store.table, null, kase),
    ],
  }));
  return { ...template.f, caseId };
}

interface Pair {
  state: CaseState;
  a: CaseAction;
  b: CaseAction;
  by: [Person, Person];
  label: string;
}

const caseOfState = (state: CaseState) => ({ fundId: 'amsterdam-demo', organisationId: actorOf(OWNER).organisationId!, state });

/** Who may send this action on a case in this state: the people of its relations who can see such a case. */
const candidates = (action: CaseAction, state: CaseState): Person[] =>
  [...new Set(caseActions[action].by.flatMap((r) => people[r]))].filter((p) => canView(actorOf(p), caseOfState(state)));

/** Every state, every unordered pair of actions from it (each with itself too), once by one person where both allow, once by two. */
function racePairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const state of caseStates) {
    const actions = caseActionNames.filter((a) => isOneOf(state, caseActions[a].from));
    actions.forEach((a, i) =>
      actions.slice(i).forEach((b) => {
        const [ca, cb] = [candidates(a, state), candidates(b, state)];
        const first = ca[0];
        const other = first === undefined ? undefined : cb.find((p) => p !== first);
        const variants: Array<[Person, Person]> = [
          ...ca.filter((p) => cb.includes(p)).filter((p, n) => n === 0 || alsoAlone.includes(p)).map((p): [Person, Person] => [p, p]),
          ...(first && other ? [[first, other] as [Person, Person]] : []),
        ];
        for (const by of variants)
          pairs.push({ state, a, b, by, label: `${state}: ${a} by ${nameOf(by[0])} ∥ ${b} by ${nameOf(by[1])}` });
      }),
    );
  }
  return pairs;
}

const pairs = racePairs();

/** What a case is, without what only timing decides (moments, versions, ids, paused milliseconds). */
interface Facts {
  case: unknown;
  votes: unknown[];
  conflicts: unknown[];
  questions: unknown[];
  comments: unknown[];
  history: unknown[];
}

const TIMING = new Set(['version', 'updatedAt', 'pausedMs', 'ballots', 'id']);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Also without what the walk made up for each case: its client reference and the marker words of its votes and comment. */
const normalIn = (f: Fixture, clientRef: string | undefined) => {
  const madeUp = [...(clientRef ? [clientRef] : []), ...Object.values(f.secrets).flat()];
  return (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (key, v: unknown) => {
      if (TIMING.has(key)) return undefined;
      if (typeof v !== 'string') return v;
      if (ISO_TIME.test(v)) return '<time>';
      return madeUp.reduce((text, word) => text.replaceAll(word, '<walk>'), v).replace(UUID, '<id>');
    }));
};

async function factsOf(f: Fixture): Promise<Facts> {
  const items = await partitionOf(f.caseId);
  const of = (kind: 'vote' | 'conflict' | 'question' | 'comment' | 'history') =>
    items.filter((i) => caseRecordKind(i.SK) === kind).map((i) => readItem[kind](i));
  const found = items.find((i) => caseRecordKind(i.SK) === 'case');
  const kase = found && readItem.case(found);
  const normal = normalIn(f, kase?.request.clientRef);
  const sorted = (records: unknown[]) => records.map(normal).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  return {
    case: kase ? normal(kase) : null,
    votes: sorted(of('vote')),
    conflicts: sorted(of('conflict')),
    questions: sorted(of('question')),
    comments: sorted(of('comment')),
    history: sorted(of('history')),
  };
}

interface Outcome {
  statuses: [number, number];
  facts: Facts;
}

const send = (p: Person, call: Call) => api.call(tokens.get(nameOf(p)), call);

async function inOrder(pair: Pair, first: Slot): Promise<Outcome> {
  const f = await freshCase(pair.state);
  const statuses: [number, number] = [0, 0];
  for (const slot of first === 0 ? ([0, 1] as const) : ([1, 0] as const)) {
    statuses[slot] = (await send(pair.by[slot], requestOf[slot === 0 ? pair.a : pair.b](f, slot))).status;
  }
  return { statuses, facts: await factsOf(f) };
}

async function raced(pair: Pair): Promise<{ answers: [Answer, Answer]; facts: Facts }> {
  const f = await freshCase(pair.state);
  const calls = [requestOf[pair.a](f, 0), requestOf[pair.b](f, 1)] as const;
  const answers = (await Promise.all([send(pair.by[0], calls[0]), send(pair.by[1], calls[1])])) as [Answer, Answer];
  return { answers, facts: await factsOf(f) };
}

/** What went wrong in a race, if anything: the first difference from the closer of the two orders. */
function problemOf(race: { answers: [Answer, Answer]; facts: Facts }, orders: Outcome[]): string | undefined {
  const statuses = race.answers.map((a) => a.status);
  for (const a of race.answers) {
    if (a.status >= 500) return `answered ${a.status}: ${a.text}`;
    if (a.status >= 300 && !/\w/.test(a.body?.error?.code ?? '')) return `refused without a code: ${a.status} ${a.text}`;
  }
  if (orders.some((o) => isDeepStrictEqual(o.facts, race.facts) && isDeepStrictEqual(o.statuses, statuses))) return undefined;
  const sameFacts = orders.find((o) => isDeepStrictEqual(o.facts, race.facts));
  if (sameFacts) return `answered ${statuses.join(' and ')}, where in that order the answers were ${sameFacts.statuses.join(' and ')}`;
  return `answered ${statuses.join(' and ')} and stored what neither order stores: ${orders
    .map((o, i) => `${['in order', 'in reverse'][i]} (${o.statuses.join(' and ')}) ${differences(o.facts, race.facts).join(', ')}`)
    .join('; ')}`;
}

/** Where two values differ, as paths with the expected and the raced value, shortened. */
function differences(expected: unknown, actual: unknown, path = ''): string[] {
  if (isDeepStrictEqual(expected, actual)) return [];
  const short = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 80));
  if (typeof expected !== 'object' || typeof actual !== 'object' || expected === null || actual === null)
    return [`${path || '.'} ${short(expected)} → ${short(actual)}`];
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  if (Array.isArray(e) && Array.isArray(a) && e.length !== a.length) return [`${path} has ${e.length} → ${a.length}: ${short(a)}`];
  return [...new Set([...Object.keys(e), ...Object.keys(a)])].flatMap((k) => differences(e[k], a[k], `${path}.${k}`));
}

beforeAll(async () => {
  api = await startProofApi();
  for (const p of [...new Set(Object.values(people).flat())]) tokens.set(nameOf(p), await api.tokenOf(p));
  // A colleague of the owner to hand cases to, and a budget that the many grants of this file do not exhaust.
  colleagueId = (await fixture(api, 'none', { invitedUser: 'schuldhulp-west' })).invitedUserId;
  const settings = (await send('marieke', { method: 'GET', path: '/api/me' })).body.fund.settings;
  const roomy = await send('marieke', { method: 'PUT', path: '/api/fund/settings', body: { ...settings, annualBudgetCents: 100_000_000_00 } });
  if (roomy.status !== 200) throw new Error(`raising the budget answered ${roomy.status}: ${roomy.text}`);
}, 120_000);
afterAll(() => api.stop());

const found: string[] = [];
afterAll(() => {
  if (found.length) console.log(`race-pairs: ${found.length} of ${pairs.length * ROUNDS} races did not end as a sequential order:\n${found.join('\n')}`);
});

describe('racing commands end as if they ran one after the other', () => {
  it('every action and every state it can be sent from is raced', () => {
    for (const action of caseActionNames) expect(pairs.some((p) => p.a === action || p.b === action), `no pair sends ${action}`).toBe(true);
    for (const state of new Set(pairs.map((p) => p.state))) expect(walks[state], `no way to bring a case to ${state}`).toBeDefined();
  });

  for (const pair of pairs) {
    it(pair.label, async () => {
      const [ab, ba, ...races] = await Promise.all([
        inOrder(pair, 0),
        inOrder(pair, 1),
        ...Array.from({ length: ROUNDS }, () => raced(pair)),
      ]);
      // Each was sent from the state both can be sent in: each succeeds when it comes first.
      expect(ab!.statuses[0], `${pair.a} alone`).toBeLessThan(300);
      expect(ba!.statuses[1], `${pair.b} alone`).toBeLessThan(300);
      const problems = races.map((r) => problemOf(r as Awaited<ReturnType<typeof raced>>, [ab!, ba!])).filter((p) => p !== undefined);
      found.push(...problems.map((p) => `${pair.label}: ${p}`));
      expect(problems).toEqual([]);
    }, 60_000);
  }

  it('the fund figures still equal a recomputation from the cases', async () => {
    const period = { from: `${year - 2}-01`, to: `${year + 1}-12` };
    const cases = (await allItems(api.store)).filter((i) => i.entity === 'case' && i.fundId === 'amsterdam-demo').map(readItem.case);
    expect(await getFigures(api.store, 'amsterdam-demo', period)).toEqual(sumFigures(cases.map(caseFigures)));
  });
});
