import { conceptRouter } from '../api/concept-router.js';
import { handler as closeCase } from './close-case.handler.js';
import { handler as handOverCase } from './hand-over-case.handler.js';
import { handler as listFollowUpReports } from './list-follow-up-reports.handler.js';
import { handler as listOverdueFollowUps } from './list-overdue-follow-ups.handler.js';
import { handler as reportFollowUp } from './report-follow-up.handler.js';
import { followUpRoutes } from './follow-up.routes.js';

/** The follow-up concept's one Lambda function: each of its routes to the route's own handler. */
export const handler = conceptRouter(followUpRoutes, {
  reportFollowUp,
  closeCase,
  handOverCase,
  listOverdueFollowUps,
  listFollowUpReports,
});
