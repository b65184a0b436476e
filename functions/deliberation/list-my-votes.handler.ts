import { voteOutcome } from '../../domain/lessons/my-votes.js';
import { httpHandler } from '../http/http-handler.js';
import { pageOf } from '../http/page.js';
import { deliberationRoutes } from './deliberation.routes.js';
import { listMyVotes } from './my-votes.repository.js';

export const handler = httpHandler(deliberationRoutes.listMyVotes, async ({ actor, store, query }) => {
  const page = await listMyVotes(store, actor.userId, pageOf(query));
  // A member id is unique within a fund only: cases of another fund never show.
  const items = page.items.filter(({ kase }) => kase.fundId === actor.fundId).map(({ vote, kase }) => voteOutcome(vote, kase));
  return { items, cursor: page.cursor };
});
