import * as z from 'zod';
import { answerInputSchema, commentInputSchema, conflictInputSchema, questionInputSchema, voteInputSchema } from '../../domain/deliberation/vote.schema.js';
import { caseParams, id, paging } from '../api/route-parts.js';
import { actionOf, defineRoute, type Route } from '../api/route.js';
import { casePageSchema, caseViewSchema } from '../api/views.schema.js';
import { myVotesSchema } from './deliberation.views.js';

const panel = ['panel_member'] as const;

/** The panel's deliberation: conflicts, questions, votes, comments, and the panel member's own votes. */
export const deliberationRoutes = {
  listAwaitingMyVote: defineRoute({
    operationId: 'listAwaitingMyVote', method: 'GET', path: '/api/panel/awaiting-my-vote',
    summary: 'Cases in deliberation I may still vote on, urgent first, then by deadline.',
    roles: panel, query: z.strictObject(paging), response: casePageSchema, tableAccess: 'read',
  }),
  declareConflict: defineRoute({
    operationId: 'declareConflict', method: 'POST', path: '/api/cases/{caseId}/conflicts', summary: 'Declare a conflict of interest.',
    ...actionOf('declareConflict'), params: caseParams, body: conflictInputSchema, response: caseViewSchema, tableAccess: 'read-write',
  }),
  askQuestion: defineRoute({
    operationId: 'askQuestion', method: 'POST', path: '/api/cases/{caseId}/questions',
    summary: 'Ask the counsellor a question; the voting clock pauses until it is answered.',
    ...actionOf('askQuestion'), params: caseParams, body: questionInputSchema, response: caseViewSchema,
    successStatus: 201, tableAccess: 'read-write',
  }),
  answerQuestion: defineRoute({
    operationId: 'answerQuestion', method: 'POST', path: '/api/cases/{caseId}/questions/{questionId}/answer',
    summary: 'Answer the panel’s question.',
    ...actionOf('answerQuestion'), params: z.strictObject({ caseId: id, questionId: id }), body: answerInputSchema,
    response: caseViewSchema, tableAccess: 'read-write',
  }),
  castVote: defineRoute({
    operationId: 'castVote', method: 'PUT', path: '/api/cases/{caseId}/votes/mine', summary: 'Cast or revise my vote.',
    ...actionOf('vote'), params: caseParams, body: voteInputSchema, response: caseViewSchema, tableAccess: 'read-write',
  }),
  addComment: defineRoute({
    operationId: 'addComment', method: 'POST', path: '/api/cases/{caseId}/comments', summary: 'Add to the panel’s discussion.',
    ...actionOf('comment'), params: caseParams, body: commentInputSchema, response: caseViewSchema,
    successStatus: 201, tableAccess: 'read-write',
  }),
  listMyVotes: defineRoute({
    operationId: 'listMyVotes', method: 'GET', path: '/api/votes/mine',
    summary: 'My votes and how the cases turned out, newest first, a page at a time.',
    roles: ['panel_member'], query: z.strictObject(paging), response: myVotesSchema, tableAccess: 'read',
  }),
} satisfies Record<string, Route>;
