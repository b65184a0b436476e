import { httpHandler } from '../http/http-handler.js';
import { pageOf } from '../http/page.js';
import { followUpRoutes } from './follow-up.routes.js';
import { listFollowUpReports } from './report-list.repository.js';

/** One page of the fund's recent follow-up reports, newest first, with their lessons. */
export const handler = httpHandler(followUpRoutes.listFollowUpReports, async ({ actor, store, query }) =>
  listFollowUpReports(store, actor.fundId, { category: query.category, breakthrough: query.outcome }, pageOf(query)),
);
