import type { routes } from '../../../../functions/api/routes';

/** The route table's types, by operationId. A type-only import: nothing of the API reaches the bundle. */
export type RouteTable = typeof routes;

/** What the web app needs of a route to call it; the literal types come from the route table. */
type ManifestEntry<Op extends keyof RouteTable> = Pick<RouteTable[Op], 'method' | 'path'>;

/**
 * Method and path of each API route the web app calls, by operationId. The `satisfies` clause checks
 * every entry against the route table's literal types (`functions/api/routes.ts`): a renamed
 * operation or a changed method or path fails `tsc` here. The values stay in the web app, so the
 * browser bundle never imports the route module and its Node-side neighbours.
 */
export const routeManifest = {
  getMe: { method: 'GET', path: '/api/me' },
  updateFundSettings: { method: 'PUT', path: '/api/fund/settings' },
  updateFundLists: { method: 'PUT', path: '/api/fund/organisations-and-disciplines' },
  listUsers: { method: 'GET', path: '/api/users' },
  inviteUser: { method: 'POST', path: '/api/users' },
  changeUser: { method: 'PATCH', path: '/api/users/{userId}' },
  disableUser: { method: 'POST', path: '/api/users/{userId}/disable' },
  enableUser: { method: 'POST', path: '/api/users/{userId}/enable' },
  listOrganisationCases: { method: 'GET', path: '/api/cases' },
  listFundCases: { method: 'GET', path: '/api/fund/cases' },
  listQueue: { method: 'GET', path: '/api/queue/{state}' },
  listAwaitingMyVote: { method: 'GET', path: '/api/panel/awaiting-my-vote' },
  createCase: { method: 'POST', path: '/api/cases' },
  getCase: { method: 'GET', path: '/api/cases/{caseId}' },
  listEarlierRequests: { method: 'GET', path: '/api/cases/{caseId}/earlier-requests' },
  editDraft: { method: 'PATCH', path: '/api/cases/{caseId}' },
  deleteDraft: { method: 'DELETE', path: '/api/cases/{caseId}' },
  submitCase: { method: 'POST', path: '/api/cases/{caseId}/submit' },
  withdrawCase: { method: 'POST', path: '/api/cases/{caseId}/withdraw' },
  screenCase: { method: 'POST', path: '/api/cases/{caseId}/screening' },
  openDeliberation: { method: 'POST', path: '/api/cases/{caseId}/deliberation' },
  declareConflict: { method: 'POST', path: '/api/cases/{caseId}/conflicts' },
  askQuestion: { method: 'POST', path: '/api/cases/{caseId}/questions' },
  answerQuestion: { method: 'POST', path: '/api/cases/{caseId}/questions/{questionId}/answer' },
  castVote: { method: 'PUT', path: '/api/cases/{caseId}/votes/mine' },
  addComment: { method: 'POST', path: '/api/cases/{caseId}/comments' },
  recordDecision: { method: 'POST', path: '/api/cases/{caseId}/decision' },
  recordPayment: { method: 'POST', path: '/api/cases/{caseId}/payments' },
  reportFollowUp: { method: 'PUT', path: '/api/cases/{caseId}/follow-up/{moment}' },
  listOverdueFollowUps: { method: 'GET', path: '/api/follow-ups/overdue' },
  listFollowUpReports: { method: 'GET', path: '/api/follow-up-reports' },
  listNotifications: { method: 'GET', path: '/api/notifications' },
  markNotificationRead: { method: 'POST', path: '/api/notifications/{notificationId}/read' },
  markAllNotificationsRead: { method: 'POST', path: '/api/notifications/read-all' },
  getNotificationSettings: { method: 'GET', path: '/api/notifications/settings' },
  saveNotificationSettings: { method: 'PUT', path: '/api/notifications/settings' },
  listLessons: { method: 'GET', path: '/api/lessons' },
  listPendingLessons: { method: 'GET', path: '/api/lessons/pending' },
  reviewLesson: { method: 'POST', path: '/api/lessons/{lessonId}/review' },
  listMyVotes: { method: 'GET', path: '/api/votes/mine' },
  getLearningPicture: { method: 'GET', path: '/api/learning' },
  exportLearningPicture: { method: 'GET', path: '/api/learning/export' },
  getBudget: { method: 'GET', path: '/api/fund/budget' },
} as const satisfies { [Op in keyof RouteTable]?: ManifestEntry<Op> };

export type OperationId = keyof typeof routeManifest;

/** Path parameters a route's path names, e.g. `{caseId}` → `caseId`. */
type ParamsOf<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamsOf<Rest> : never;
export type PathParams<Op extends OperationId> = Record<ParamsOf<(typeof routeManifest)[Op]['path']>, string>;
