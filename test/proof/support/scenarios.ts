import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { demoFunds } from '../../../functions/local/demo/demo-funds.js';
import { keys } from '../../../functions/storage/keys.js';
import { aGrant, aRequest, aVote } from '../../support/fixtures.js';
import type { Answer, Call, ProofApi } from './proof-api.js';

/**
 * A case brought to a state over HTTP by the people who would do it, with votes and a comment that
 * carry marker words, so a test can see whether anyone was shown another member's vote or comment.
 */
export const OWNER = 'youssef'; // counsellor of schuldhulp-west
export const VOTERS = ['fatima', 'lotte', 'ruben'] as const; // a quorum: three votes from three disciplines
export const COMMENTER = 'fatima';
export const CONFLICTED = 'anouk';

export type FixtureState = 'none' | 'draft' | 'submitted' | 'screened' | 'in_deliberation' | 'awaiting_answer' | 'decided' | 'follow_up';

/** What else a scenario needs besides its case. */
export interface FixtureNeeds {
  /** A counsellor invited into the fund, of this organisation. */
  invitedUser?: 'madi-zuid' | 'schuldhulp-west';
  /** The invited counsellor disabled again by the manager. */
  invitedUserDisabled?: boolean;
  /** One of the owner's notifications. */
  ownerNotification?: boolean;
  /** A lesson waiting for review (from the demo data). */
  pendingLesson?: boolean;
}

export interface Fixture {
  caseId: string;
  questionId: string;
  /** Marker words in other members' votes and comments, by member. */
  secrets: Record<string, string[]>;
  invitedUserId: string;
  notificationId: string;
  lessonId: string;
}

const letters = () => randomUUID().replace(/[^a-f]/g, '').slice(0, 8).padEnd(8, 'x');

async function expectOk(answer: Promise<Answer>, step: string): Promise<Answer> {
  const a = await answer;
  if (a.status >= 300) throw new Error(`Fixture step "${step}" answered ${a.status}: ${a.text}`);
  return a;
}

export async function fixture(api: ProofApi, state: FixtureState, needs: FixtureNeeds = {}): Promise<Fixture> {
  const f: Fixture = { caseId: 'no-such-case', questionId: 'no-such-question', secrets: {}, invitedUserId: 'no-such-user', notificationId: 'no-such-note', lessonId: 'no-such-lesson' };
  const as = async (who: string, c: Call) => expectOk(api.call(await api.tokenOf(who), c), `${who} ${c.method} ${c.path}`);
  if (needs.invitedUser) {
    const invited = await as('marieke', { method: 'POST', path: '/api/users', body: { ...anInvitation(), organisationId: needs.invitedUser } });
    f.invitedUserId = invited.body.userId;
    if (needs.invitedUserDisabled) await as('marieke', { method: 'POST', path: `/api/users/${f.invitedUserId}/disable` });
  }
  if (needs.pendingLesson) {
    const pending = (await api.store.db.send(new QueryCommand({
      TableName: api.store.table, KeyConditionExpression: 'PK = :pk AND begins_with(SK, :pending)',
      ExpressionAttributeValues: { ':pk': keys.lessonsPartition('amsterdam-demo'), ':pending': keys.pendingLessonsPrefix }, Limit: 1,
    }))).Items?.[0];
    f.lessonId = pending ? keys.pendingLessonId(String(pending.SK)) : f.lessonId;
  }
  await walkTo(f, state, as);
  if (needs.ownerNotification) f.notificationId = (await as(OWNER, { method: 'GET', path: '/api/notifications' })).body.items[0]?.id ?? f.notificationId;
  return f;
}

async function walkTo(f: Fixture, state: FixtureState, as: (who: string, c: Call) => Promise<Answer>): Promise<void> {
  if (state === 'none') return;
  const created = await as(OWNER, { method: 'POST', path: '/api/cases', body: aRequest({ clientRef: `PROOF-${letters()}` }) });
  f.caseId = created.body.case.id;
  const at = (suffix = '') => `/api/cases/${f.caseId}${suffix}`;
  if (state === 'draft') return;
  await as(OWNER, { method: 'POST', path: at('/submit') });
  if (state === 'submitted') return;
  await as('marieke', { method: 'POST', path: at('/screening'), body: { outcome: 'in' } });
  if (state === 'screened') return;
  await as('marieke', { method: 'POST', path: at('/deliberation') });
  await as(CONFLICTED, { method: 'POST', path: at('/conflicts'), body: { reason: 'Ik ken deze cliënt persoonlijk.' } });
  for (const member of VOTERS) {
    const word = `stemgeheim ${letters()}`;
    f.secrets[member] = [word];
    await as(member, { method: 'PUT', path: at('/votes/mine'), body: aVote('grant', `Mijn afweging: ${word}.`) });
  }
  const said = `discussiegeheim ${letters()}`;
  f.secrets[COMMENTER]!.push(said);
  await as(COMMENTER, { method: 'POST', path: at('/comments'), body: { text: `Ter overweging: ${said}.` } });
  if (state === 'in_deliberation') return;
  if (state === 'decided') {
    await as('marieke', { method: 'POST', path: at('/decision'), body: aGrant(1_800_00) });
    return;
  }
  if (state === 'follow_up') {
    // A refusal goes to follow-up at its decision.
    await as('marieke', { method: 'POST', path: at('/decision'), body: { outcome: 'refused', reasoning: 'Er is een voorliggende voorziening.', dissent: 'Het panel zag wel een doorbraak.' } });
    return;
  }
  const asked = await as('marieke', { method: 'POST', path: at('/questions'), body: { text: 'Loopt het budgetbeheer al?' } });
  f.questionId = asked.body.questions.at(-1).id;
}

export const anInvitation = (role: 'counsellor' | 'panel_member' = 'counsellor') => ({
  email: `proef-${letters()}@example.org`,
  name: 'Proef Persoon',
  role,
  organisationId: 'madi-zuid',
  ...(role === 'panel_member' ? { discipline: 'housing' } : {}),
});

const year = new Date().getUTCFullYear();
const today = () => new Date().toISOString().slice(0, 10);
const period = `?from=${year - 1}-01&to=${year}-12`;

/** A valid request for each route, on the case the fixture prepared: what a caller with the right to it would send. */
export interface Scenario {
  state: FixtureState;
  needs?: FixtureNeeds;
  request: (f: Fixture, caller: { fundId: string }) => Call;
}

export const scenarios: Record<string, Scenario> = {
  health: { state: 'none', request: () => ({ method: 'GET', path: '/api/health' }) },
  openApi: { state: 'none', request: () => ({ method: 'GET', path: '/api/openapi.json' }) },
  getMe: { state: 'none', request: () => ({ method: 'GET', path: '/api/me' }) },
  updateFundSettings: {
    state: 'none',
    // Each manager sends their own fund's settings back unchanged: a right answer changes nothing.
    request: (_f, caller) => ({ method: 'PUT', path: '/api/fund/settings', body: (demoFunds.find((d) => d.id === caller.fundId) ?? demoFunds[0]!).settings }),
  },
  updateFundLists: {
    state: 'none',
    // Each manager sends their own fund's organisations and disciplines back unchanged.
    request: (_f, caller) => {
      const fund = demoFunds.find((d) => d.id === caller.fundId) ?? demoFunds[0]!;
      return {
        method: 'PUT', path: '/api/fund/organisations-and-disciplines',
        body: { organisations: fund.organisations.map(({ id, name }) => ({ id, name })), disciplines: fund.settings.disciplines.map((id) => ({ id })) },
      };
    },
  },
  listOrganisationCases: { state: 'in_deliberation', request: () => ({ method: 'GET', path: '/api/cases' }) },
  listFundCases: { state: 'in_deliberation', request: () => ({ method: 'GET', path: '/api/fund/cases' }) },
  listQueue: { state: 'in_deliberation', request: () => ({ method: 'GET', path: '/api/queue/in_deliberation' }) },
  listAwaitingMyVote: { state: 'in_deliberation', request: () => ({ method: 'GET', path: '/api/panel/awaiting-my-vote' }) },
  createCase: { state: 'none', request: () => ({ method: 'POST', path: '/api/cases', body: aRequest({ clientRef: `PROOF-${letters()}` }) }) },
  getCase: { state: 'in_deliberation', request: (f) => ({ method: 'GET', path: `/api/cases/${f.caseId}` }) },
  listEarlierRequests: { state: 'in_deliberation', request: (f) => ({ method: 'GET', path: `/api/cases/${f.caseId}/earlier-requests` }) },
  editDraft: { state: 'draft', request: (f) => ({ method: 'PATCH', path: `/api/cases/${f.caseId}`, body: { amountCents: 1_900_00 } }) },
  deleteDraft: { state: 'draft', request: (f) => ({ method: 'DELETE', path: `/api/cases/${f.caseId}` }) },
  submitCase: { state: 'draft', request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/submit` }) },
  withdrawCase: { state: 'submitted', request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/withdraw`, body: { reason: 'De huisbaas heeft zelf een regeling getroffen.' } }) },
  screenCase: { state: 'submitted', request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/screening`, body: { outcome: 'in' } }) },
  openDeliberation: { state: 'screened', request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/deliberation` }) },
  declareConflict: { state: 'in_deliberation', request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/conflicts`, body: { reason: 'Mijn buurvrouw is de verhuurder.' } }) },
  askQuestion: { state: 'in_deliberation', request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/questions`, body: { text: 'Is er al een betalingsregeling?' } }) },
  answerQuestion: { state: 'awaiting_answer', request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/questions/${f.questionId}/answer`, body: { text: 'Ja, sinds september.' } }) },
  castVote: { state: 'in_deliberation', request: (f) => ({ method: 'PUT', path: `/api/cases/${f.caseId}/votes/mine`, body: aVote('refuse', 'Ik zie hier geen echte doorbraak.') }) },
  addComment: { state: 'in_deliberation', request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/comments`, body: { text: 'Wat zegt de verhuurder?' } }) },
  recordDecision: { state: 'in_deliberation', request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/decision`, body: aGrant(1_800_00) }) },
  getLearningPicture: { state: 'none', request: () => ({ method: 'GET', path: `/api/learning${period}` }) },
  exportLearningPicture: { state: 'none', request: () => ({ method: 'GET', path: `/api/learning/export${period}` }) },
  getBudget: { state: 'none', request: () => ({ method: 'GET', path: `/api/fund/budget?year=${year}&amountCents=100000` }) },
  recordPayment: {
    state: 'decided',
    request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/payments`, body: { amountCents: 1_000_00, paidOn: today(), payee: { kind: 'landlord', reference: 'Contract 12-B' } } }),
  },
  reportFollowUp: {
    state: 'follow_up',
    request: (f) => ({
      method: 'PUT', path: `/api/cases/${f.caseId}/follow-up/1`,
      body: { breakthrough: 'partly', domains: { housing: 'same', debts: 'better', income: 'same', work: 'same', wellbeing: 'better' }, lesson: 'Een betalingsregeling met de verhuurder werkte ook.' },
    }),
  },
  closeCase: { state: 'follow_up', request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/close`, body: { reason: 'De cliënt is naar een andere gemeente verhuisd.' } }) },
  handOverCase: {
    state: 'in_deliberation', needs: { invitedUser: 'schuldhulp-west' },
    request: (f) => ({ method: 'POST', path: `/api/cases/${f.caseId}/handover`, body: { toUserId: f.invitedUserId, note: 'Ik ga met verlof.' } }),
  },
  listOverdueFollowUps: { state: 'none', request: () => ({ method: 'GET', path: '/api/follow-ups/overdue' }) },
  listFollowUpReports: { state: 'none', request: () => ({ method: 'GET', path: '/api/follow-up-reports' }) },
  listNotifications: { state: 'in_deliberation', request: () => ({ method: 'GET', path: '/api/notifications' }) },
  markNotificationRead: { state: 'decided', needs: { ownerNotification: true }, request: (f) => ({ method: 'POST', path: `/api/notifications/${f.notificationId}/read` }) },
  markAllNotificationsRead: { state: 'in_deliberation', request: () => ({ method: 'POST', path: '/api/notifications/read-all' }) },
  getNotificationSettings: { state: 'none', request: () => ({ method: 'GET', path: '/api/notifications/settings' }) },
  saveNotificationSettings: { state: 'none', request: () => ({ method: 'PUT', path: '/api/notifications/settings', body: { email: 'daily_digest', language: 'en' } }) },
  listLessons: { state: 'none', request: () => ({ method: 'GET', path: '/api/lessons' }) },
  listPendingLessons: { state: 'none', request: () => ({ method: 'GET', path: '/api/lessons/pending' }) },
  reviewLesson: { state: 'none', needs: { pendingLesson: true }, request: (f) => ({ method: 'POST', path: `/api/lessons/${f.lessonId}/review`, body: { approve: true } }) },
  listMyVotes: { state: 'in_deliberation', request: () => ({ method: 'GET', path: '/api/votes/mine' }) },
  listUsers: { state: 'none', request: () => ({ method: 'GET', path: '/api/users' }) },
  inviteUser: { state: 'none', request: () => ({ method: 'POST', path: '/api/users', body: anInvitation() }) },
  changeUser: {
    state: 'none', needs: { invitedUser: 'madi-zuid' },
    request: (f) => ({ method: 'PATCH', path: `/api/users/${f.invitedUserId}`, body: { role: 'panel_member', organisationId: 'madi-zuid', discipline: 'housing' } }),
  },
  disableUser: { state: 'none', needs: { invitedUser: 'madi-zuid' }, request: (f) => ({ method: 'POST', path: `/api/users/${f.invitedUserId}/disable` }) },
  enableUser: { state: 'none', needs: { invitedUser: 'madi-zuid', invitedUserDisabled: true }, request: (f) => ({ method: 'POST', path: `/api/users/${f.invitedUserId}/enable` }) },
};
