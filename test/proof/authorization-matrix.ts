/**
 * The authorisation matrix: for every route, what each caller gets back when they send a valid
 * request (see support/scenarios.ts for the request and the case it is sent about).
 * `authorization-matrix.test.ts` calls every cell over HTTP; a route without a row fails the run.
 *
 * Callers (amsterdam-demo unless said; the case is written by Youssef of Schuldhulp West):
 *   owner      Youssef, the counsellor who wrote the request
 *   otherOrg   Sanne, a counsellor of another organisation (Madi Zuid)
 *   panel      Kees, a panel member from another organisation, not yet voted
 *   ownOrg     Pieter, a panel member of the counsellor's organisation (Schuldhulp West)
 *   conflict   Anouk, a panel member who declared a conflict of interest on the case
 *   manager    Marieke, the fund's programme manager
 *   otherFund  Daan, programme manager of the jongeren-demo fund
 *   anonymous  no token
 *   expired    a token signed with the right key that expired a minute ago
 *   otherKey   a well-formed token signed with a key the API does not trust
 *   algNone    an unsigned token (`alg: none`) with Marieke's claims
 *   altered    Sanne's real token with the role changed to programme manager (signature no longer matches)
 */
export const callers = [
  'owner', 'otherOrg', 'panel', 'ownOrg', 'conflict', 'manager', 'otherFund', 'anonymous', 'expired', 'otherKey', 'algNone', 'altered',
] as const;
export type Caller = (typeof callers)[number];

type Row = readonly [number, number, number, number, number, number, number, number, number, number, number, number];

// 404 where the case exists but is not the caller's to see (it does not show it exists); 403 where the
// caller's role may not call the route at all, or the rule forbids it on a case they can see.
export const expectedStatus: Record<string, Row> = {
  //                      owner otherOrg panel ownOrg conflict manager otherFund anonymous expired otherKey algNone altered
  health:                [200,  200,     200,  200,   200,     200,    200,      200,      200,    200,     200,    200],
  openApi:               [200,  200,     200,  200,   200,     200,    200,      200,      200,    200,     200,    200],
  getMe:                 [200,  200,     200,  200,   200,     200,    200,      401,      401,    401,     401,    401],
  updateFundSettings:    [403,  403,     403,  403,   403,     200,    200,      401,      401,    401,     401,    401],
  // Each manager sends their own fund's lists back unchanged.
  updateFundLists:       [403,  403,     403,  403,   403,     200,    200,      401,      401,    401,     401,    401],
  listOrganisationCases: [200,  200,     403,  403,   403,     403,    403,      401,      401,    401,     401,    401],
  listFundCases:         [403,  403,     403,  403,   403,     200,    200,      401,      401,    401,     401,    401],
  listQueue:             [403,  403,     200,  200,   200,     200,    200,      401,      401,    401,     401,    401],
  listAwaitingMyVote:    [403,  403,     200,  200,   200,     403,    403,      401,      401,    401,     401,    401],
  createCase:            [201,  201,     403,  403,   403,     403,    403,      401,      401,    401,     401,    401],
  getCase:               [200,  404,     200,  200,   200,     200,    404,      401,      401,    401,     401,    401],
  listEarlierRequests:   [200,  404,     200,  200,   200,     200,    404,      401,      401,    401,     401,    401],
  editDraft:             [200,  404,     403,  403,   403,     403,    403,      401,      401,    401,     401,    401],
  deleteDraft:           [200,  404,     403,  403,   403,     403,    403,      401,      401,    401,     401,    401],
  submitCase:            [200,  404,     403,  403,   403,     403,    403,      401,      401,    401,     401,    401],
  withdrawCase:          [200,  404,     403,  403,   403,     403,    403,      401,      401,    401,     401,    401],
  screenCase:            [403,  403,     403,  403,   403,     200,    404,      401,      401,    401,     401,    401],
  openDeliberation:      [403,  403,     403,  403,   403,     200,    404,      401,      401,    401,     401,    401],
  declareConflict:       [403,  403,     200,  200,   422,     403,    403,      401,      401,    401,     401,    401],
  askQuestion:           [403,  403,     201,  403,   403,     201,    404,      401,      401,    401,     401,    401],
  answerQuestion:        [200,  404,     403,  403,   403,     403,    403,      401,      401,    401,     401,    401],
  castVote:              [403,  403,     200,  403,   403,     403,    403,      401,      401,    401,     401,    401],
  addComment:            [403,  403,     201,  403,   403,     201,    404,      401,      401,    401,     401,    401],
  recordDecision:        [403,  403,     403,  403,   403,     200,    404,      401,      401,    401,     401,    401],
  getBudget:             [403,  403,     403,  403,   403,     200,    200,      401,      401,    401,     401,    401],
  recordPayment:         [403,  403,     403,  403,   403,     201,    404,      401,      401,    401,     401,    401],
  // A refusal's first follow-up moment opens 30 days before it is due (3 months on): the owner is let through to that rule.
  reportFollowUp:        [422,  404,     403,  403,   403,     403,    403,      401,      401,    401,     401,    401],
  closeCase:             [403,  403,     403,  403,   403,     200,    404,      401,      401,    401,     401,    401],
  handOverCase:          [200,  404,     403,  403,   403,     200,    404,      401,      401,    401,     401,    401],
  listOverdueFollowUps:  [403,  403,     403,  403,   403,     200,    200,      401,      401,    401,     401,    401],
  // Each manager reads their own fund's reports: Daan's list holds none of Amsterdam's.
  listFollowUpReports:   [403,  403,     403,  403,   403,     200,    200,      401,      401,    401,     401,    401],
  listNotifications:     [200,  200,     200,  200,   200,     200,    200,      401,      401,    401,     401,    401],
  // The owner's own notification: nobody else can mark it read, or learn that it exists.
  markNotificationRead:  [200,  404,     404,  404,   404,     404,    404,      401,      401,    401,     401,    401],
  // Everyone's own inbox and settings: each caller marks and sets only their own.
  markAllNotificationsRead: [200, 200,   200,  200,   200,     200,    200,      401,      401,    401,     401,    401],
  getNotificationSettings: [200, 200,    200,  200,   200,     200,    200,      401,      401,    401,     401,    401],
  saveNotificationSettings: [200, 200,   200,  200,   200,     200,    200,      401,      401,    401,     401,    401],
  listLessons:           [200,  200,     200,  200,   200,     200,    200,      401,      401,    401,     401,    401],
  listPendingLessons:    [403,  403,     403,  403,   403,     200,    200,      401,      401,    401,     401,    401],
  reviewLesson:          [403,  403,     403,  403,   403,     200,    404,      401,      401,    401,     401,    401],
  listMyVotes:           [403,  403,     200,  200,   200,     403,    403,      401,      401,    401,     401,    401],
  getLearningPicture:    [403,  403,     403,  403,   403,     200,    200,      401,      401,    401,     401,    401],
  exportLearningPicture: [403,  403,     403,  403,   403,     200,    200,      401,      401,    401,     401,    401],
  listUsers:             [403,  403,     403,  403,   403,     200,    200,      401,      401,    401,     401,    401],
  // Daan invites into Madi Zuid, an organisation his fund does not have: refused as a bad field.
  inviteUser:            [403,  403,     403,  403,   403,     201,    400,      401,      401,    401,     401,    401],
  // Daan (the other fund's manager) asks for a user of amsterdam-demo: the user is not in his fund, so 404.
  changeUser:            [403,  403,     403,  403,   403,     200,    404,      401,      401,    401,     401,    401],
  disableUser:           [403,  403,     403,  403,   403,     200,    404,      401,      401,    401,     401,    401],
  enableUser:            [403,  403,     403,  403,   403,     200,    404,      401,      401,    401,     401,    401],
};

export const expectationFor = (operationId: string, caller: Caller): number | undefined =>
  expectedStatus[operationId]?.[callers.indexOf(caller)];
