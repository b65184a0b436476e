import type { z } from 'zod';
import type { casePageSchema, caseSummarySchema, caseViewSchema, fundViewSchema, meSchema } from '../../../../functions/api/views.schema';

/** The API's answers, typed from the same schemas the API validates its responses with. */
export type CaseView = z.infer<typeof caseViewSchema>;
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export type CasePage = z.infer<typeof casePageSchema>;
export type FundView = z.infer<typeof fundViewSchema>;
export type Me = z.infer<typeof meSchema>;

/** What each operation answers, by operationId. */
export interface ApiResponses {
  getMe: Me;
  updateFundSettings: FundView;
  listOrganisationCases: CasePage;
  listQueue: CasePage;
  createCase: CaseView;
  getCase: CaseView;
  listEarlierRequests: CasePage;
  editDraft: CaseView;
  submitCase: CaseView;
  withdrawCase: CaseView;
  screenCase: CaseView;
  openDeliberation: CaseView;
  declareConflict: CaseView;
  askQuestion: CaseView;
  answerQuestion: CaseView;
  castVote: CaseView;
  addComment: CaseView;
  recordDecision: CaseView;
}
