import { voteOutcome } from '../../domain/lessons/my-votes.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { listMyVotes } from '../storage/my-votes.repository.js';

export const handler = httpHandler(routes.listMyVotes, async ({ actor, store }) => {
  const votes = await listMyVotes(store, actor.userId);
  // A member id is unique within a fund only: cases of another fund never show.
  return { items: votes.filter(({ kase }) => kase.fundId === actor.fundId).map(({ vote, kase }) => voteOutcome(vote, kase)) };
});
