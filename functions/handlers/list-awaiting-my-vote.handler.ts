import { caseSummary } from '../api/case-view.js';
import { pageOf } from '../api/page.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { listAwaitingVote } from '../storage/case.repository.js';

export const handler = httpHandler(routes.listAwaitingMyVote, async ({ actor, store, query }) => {
  const page = await listAwaitingVote(store, actor, pageOf(query));
  return { items: page.items.map(caseSummary), cursor: page.cursor };
});
