import { listAwaitingVote } from '../case/case.repository.js';
import { caseSummary } from '../case/case.view.js';
import { httpHandler } from '../http/http-handler.js';
import { pageOf } from '../http/page.js';
import { deliberationRoutes } from './deliberation.routes.js';

export const handler = httpHandler(deliberationRoutes.listAwaitingMyVote, async ({ actor, store, query }) => {
  const page = await listAwaitingVote(store, actor, pageOf(query));
  return { items: page.items.map(caseSummary), cursor: page.cursor };
});
