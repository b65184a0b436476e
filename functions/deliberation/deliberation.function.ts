import { conceptRouter } from '../api/concept-router.js';
import { handler as addComment } from './add-comment.handler.js';
import { handler as answerQuestion } from './answer-question.handler.js';
import { handler as askQuestion } from './ask-question.handler.js';
import { handler as castVote } from './cast-vote.handler.js';
import { handler as declareConflict } from './declare-conflict.handler.js';
import { handler as listAwaitingMyVote } from './list-awaiting-my-vote.handler.js';
import { handler as listMyVotes } from './list-my-votes.handler.js';
import { deliberationRoutes } from './deliberation.routes.js';

/** The deliberation concept's one Lambda function: each of its routes to the route's own handler. */
export const handler = conceptRouter(deliberationRoutes, {
  listAwaitingMyVote,
  declareConflict,
  askQuestion,
  answerQuestion,
  castVote,
  addComment,
  listMyVotes,
});
