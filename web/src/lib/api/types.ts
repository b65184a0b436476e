import type * as z from 'zod';
import type { LearningPicture } from '../../../../domain/learning/learning-picture.schema';
import type { LibraryLesson, PendingLesson } from '../../../../domain/lessons/lesson.schema';
import type { Notification } from '../../../../domain/notifications/notification.schema';
import type { budgetViewSchema, myVotesSchema, overdueFollowUpsSchema } from '../../../../functions/api/routes/after-decision.views';
import type { casePageSchema, caseSummarySchema, caseViewSchema, fundViewSchema, meSchema } from '../../../../functions/api/views.schema';

/** The API's answers, typed from the same schemas the API validates its responses with. */
export type CaseView = z.infer<typeof caseViewSchema>;
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export type CasePage = z.infer<typeof casePageSchema>;
export type FundView = z.infer<typeof fundViewSchema>;
export type Me = z.infer<typeof meSchema>;
export type MyVotes = z.infer<typeof myVotesSchema>;
export type OverdueFollowUps = z.infer<typeof overdueFollowUpsSchema>;

/** What each operation answers, by operationId. */
export interface ApiResponses {
  getMe: Me;
  updateFundSettings: FundView;
  listOrganisationCases: CasePage;
  listQueue: CasePage;
  listAwaitingMyVote: CasePage;
  createCase: CaseView;
  getCase: CaseView;
  listEarlierRequests: CasePage;
  editDraft: CaseView;
  deleteDraft: { id: string; deleted: true };
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
  recordPayment: CaseView;
  reportFollowUp: CaseView;
  listOverdueFollowUps: OverdueFollowUps;
  listNotifications: { items: Notification[] };
  markNotificationRead: Notification;
  listLessons: { items: LibraryLesson[] };
  listPendingLessons: { items: PendingLesson[] };
  reviewLesson: { approved?: LibraryLesson };
  listMyVotes: MyVotes;
  getLearningPicture: LearningPicture;
  exportLearningPicture: string;
  getBudget: z.infer<typeof budgetViewSchema>;
}
