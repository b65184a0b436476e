/**
 * What one case asks of the API over its whole life, and what a fund does besides cases: the
 * activity the month's bill is made of. Derived from the demo lifecycle as the API walk
 * (test/api/walk.ts) and the bench's seeding (bench/seed-cases.ts) tell it: a counsellor drafts,
 * edits and submits; a programme manager screens and opens the deliberation; three or more panel
 * members vote; the manager decides and records the payment; the counsellor reports the follow-ups;
 * the learning picture is looked at; everyone opens pages, queues and their inbox around it.
 *
 * Counts are averages over all cases, so a share of cases that never gets to a step counts as a
 * fraction: of 100 cases, 3 drafts are thrown away, 5 withdrawn, 10 screened out, and of the 82
 * that reach the panel 70 % are granted (57 cases), 30 % refused (25). Reads of shared pages (a
 * queue, the case list, the learning picture) are the month's views divided by the month's cases.
 *
 * The people of a fund this size (docs/deploy.md): 20 counsellors, 8 panel members, 2 programme
 * managers — 30 monthly active users.
 */
export interface Calls {
  /** The route's operationId (functions/<concept>/<concept>.routes.ts). */
  operation: string;
  /** Calls per case over its life (averaged over all cases). */
  perCase: number;
  /** Why this many. */
  why: string;
}

const reachPanel = 0.82;
const granted = reachPanel * 0.7;
const submittedShare = 0.97;

export const callsPerCase: readonly Calls[] = [
  // The counsellor's part.
  { operation: 'createCase', perCase: 1, why: 'the request is drafted once' },
  { operation: 'editDraft', perCase: 3, why: 'the draft is saved a few times while the counsellor gathers the facts' },
  { operation: 'deleteDraft', perCase: 0.03, why: '3 in 100 drafts are thrown away' },
  { operation: 'submitCase', perCase: submittedShare, why: 'every draft not thrown away is submitted' },
  { operation: 'withdrawCase', perCase: 0.05, why: '5 in 100 are withdrawn (the client found another way)' },
  { operation: 'listOrganisationCases', perCase: 8, why: "the counsellor's home page: opened when signing in and after each step of their case" },
  { operation: 'getCase', perCase: 6 + 4 + 3 * reachPanel + 2, why: 'the case page: 6 times by the counsellor, 4 by the manager (screening, opening, decision, payment), by ~3 voters, and 2 more looks' },
  { operation: 'listEarlierRequests', perCase: 2, why: 'shown beside the case for screening and for the decision' },
  // The programme manager's part.
  { operation: 'listQueue', perCase: 10, why: 'the queues (submitted, screened, in deliberation, decided): a manager opens one for each step taken' },
  { operation: 'screenCase', perCase: submittedShare - 0.05, why: 'every submitted case not withdrawn is screened' },
  { operation: 'openDeliberation', perCase: reachPanel, why: 'the 82 in 100 screened in are put to the panel' },
  { operation: 'getBudget', perCase: reachPanel, why: 'the budget is shown when deciding' },
  { operation: 'recordDecision', perCase: reachPanel, why: 'every case put to the panel is decided' },
  { operation: 'recordPayment', perCase: granted, why: 'every grant is paid once' },
  // The panel's part.
  { operation: 'listAwaitingMyVote', perCase: 8 * 1.5 * reachPanel, why: 'each of 8 panel members opens their queue about 1.5 times per case put to them' },
  { operation: 'castVote', perCase: 3.4 * reachPanel, why: 'three votes or more (the quorum), some changed once' },
  { operation: 'declareConflict', perCase: 0.1 * reachPanel, why: 'one member in ten cases knows the client' },
  { operation: 'askQuestion', perCase: 0.3 * reachPanel, why: 'the panel asks the counsellor a question in 3 of 10 cases' },
  { operation: 'answerQuestion', perCase: 0.3 * reachPanel, why: 'each question is answered' },
  { operation: 'addComment', perCase: 1.5 * reachPanel, why: 'a comment or two in the deliberation' },
  { operation: 'listMyVotes', perCase: 1, why: 'a panel member looks back at their votes now and then' },
  // After the decision.
  { operation: 'reportFollowUp', perCase: 2 * granted, why: 'two follow-up moments per grant (three and twelve months)' },
  { operation: 'closeCase', perCase: granted, why: 'every granted case is closed after its last follow-up' },
  { operation: 'handOverCase', perCase: 0.05, why: 'a counsellor leaves or changes team in 1 of 20 cases' },
  { operation: 'listFundCases', perCase: 2, why: 'the archive: the manager looks up an earlier or a refused case, by client or period' },
  { operation: 'listOverdueFollowUps', perCase: 2, why: 'the manager looks at overdue follow-ups weekly' },
  { operation: 'listFollowUpReports', perCase: 2 * granted, why: 'the manager reads the recent reports and their lessons, about once for each report made' },
  // Learning.
  { operation: 'listLessons', perCase: 1, why: 'the lessons page' },
  { operation: 'listPendingLessons', perCase: 2 * granted, why: 'the manager reviews each reported follow-up' },
  { operation: 'reviewLesson', perCase: 2 * granted, why: 'each follow-up report is reviewed' },
  { operation: 'getLearningPicture', perCase: 2, why: 'the learning picture: managers and the board, some 80 views a month' },
  { operation: 'exportLearningPicture', perCase: 0.1, why: 'exported for a quarterly report' },
  // Notifications: the inbox is opened from a notification, then marked read.
  { operation: 'listNotifications', perCase: 14, why: 'the inbox: opened once for each notification a case causes to a person (about 12) and when signing in' },
  { operation: 'markNotificationRead', perCase: 12, why: 'about 12 notifications a case reach a person (managers, the eligible panel, the counsellor) and are read' },
  { operation: 'markAllNotificationsRead', perCase: 1, why: 'some people clear their inbox at once instead of one by one' },
  // Everyone.
  { operation: 'getMe', perCase: 25, why: 'once per sign-in and page load: 30 users, 2 a working day, 21 days, over ~42 cases a month' },
];

/** What a fund does in a month whatever its cases: the user directory and the settings. */
export const callsPerMonth: readonly { operation: string; perMonth: number; why: string }[] = [
  { operation: 'listUsers', perMonth: 10, why: 'the manager looks at the user list' },
  { operation: 'inviteUser', perMonth: 2, why: 'a new counsellor or panel member' },
  { operation: 'disableUser', perMonth: 1, why: 'someone leaves' },
  { operation: 'changeUser', perMonth: 1, why: 'someone moves to another organisation, or from counsellor to the panel' },
  { operation: 'enableUser', perMonth: 0.2, why: 'someone comes back, a few times a year' },
  { operation: 'getNotificationSettings', perMonth: 5, why: 'someone looks at their e-mail settings' },
  { operation: 'saveNotificationSettings', perMonth: 2, why: 'someone switches to the daily digest or back' },
  { operation: 'updateFundSettings', perMonth: 0.2, why: 'the settings change a few times a year' },
  { operation: 'updateFundLists', perMonth: 0.5, why: 'an organisation joins or is renamed, a discipline is added, now and then' },
  { operation: 'health', perMonth: 0, why: 'no uptime check is deployed' },
  { operation: 'openApi', perMonth: 0, why: 'read by developers only' },
];

/** E-mails a case causes (domain/notifications/notify.ts): a role's notification goes to each of its people. */
export const emailsPerCase = {
  notifications: 1 + reachPanel + 0.3 * reachPanel + reachPanel + granted + 2 * granted * 2 + granted,
  emails: 2 /* submitted → 2 managers */ + reachPanel * 7 /* to vote on → the eligible panel */ + 0.3 * reachPanel /* question */ +
    reachPanel /* decision → counsellor */ + granted /* payment */ + 2 * granted /* follow-up due */ + 2 * granted * 2 /* lesson to review → 2 managers */ + granted /* closed */,
};

/** The fund: 500 requests a year, 30 people signing in each month. */
export const fundProfile = { requestsPerYear: 500, monthlyActiveUsers: 30 };
