import { voteOutcome } from '../../domain/lessons/my-votes.js';
import { httpHandler } from '../http/http-handler.js';
import { deliberationRoutes } from './deliberation.routes.js';
import { listMyVotes } from './my-votes.repository.js';

export const handler = httpHandler(deliberationRoutes.listMyVotes, async ({ actor, store }) => {
  const votes = await listMyVotes(store, actor.userId);
  // A member id is unique within a fund only: cases of another fund never show.
  return { items: votes.filter(({ kase }) => kase.fundId === actor.fundId).map(({ vote, kase }) => voteOutcome(vote, kase)) };
});
