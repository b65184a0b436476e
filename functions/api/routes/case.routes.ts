import * as z from 'zod';
import { decisionInputSchema, screeningInputSchema, withdrawInputSchema } from '../../../domain/case/case.schema.js';
import { caseStates } from '../../../domain/case/lifecycle.js';
import { draftEditSchema, draftRequestSchema } from '../../../domain/case/request.schema.js';
import {
  answerInputSchema,
  commentInputSchema,
  conflictInputSchema,
  questionInputSchema,
  voteInputSchema,
} from '../../../domain/deliberation/vote.schema.js';
import { fundSettingsSchema } from '../../../domain/fund/fund.schema.js';
import { actionOf, defineRoute, type Route } from '../route.js';
import { casePageSchema, caseViewSchema, fundViewSchema, healthSchema, meSchema } from '../views.schema.js';

const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Not a valid id.');
const caseParams = z.strictObject({ caseId: id });
const paging = {
  cursor: z.string().max(1024).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
};
const counsellor = ['counsellor'] as const;
const manager = ['programme_manager'] as const;
const panel = ['panel_member'] as const;
const everyone = ['counsellor', 'panel_member', 'programme_manager'] as const;

/** The routes of a case from request to decision, and the fund's own basics. */
export const caseRoutes = {
  health: defineRoute({
    operationId: 'health', method: 'GET', path: '/api/health', summary: 'Is the API up?',
    roles: 'public', response: healthSchema, tableAccess: 'none',
  }),
  openApi: defineRoute({
    operationId: 'openApi', method: 'GET', path: '/api/openapi.json', summary: 'This API, as OpenAPI 3.1.',
    roles: 'public', response: z.record(z.string(), z.unknown()), tableAccess: 'none',
  }),
  getMe: defineRoute({
    operationId: 'getMe', method: 'GET', path: '/api/me', summary: 'Who I am, and my fund with its settings.',
    roles: everyone, response: meSchema, tableAccess: 'read',
  }),
  updateFundSettings: defineRoute({
    operationId: 'updateFundSettings', method: 'PUT', path: '/api/fund/settings', summary: "Change the fund's settings.",
    roles: manager, body: fundSettingsSchema, response: fundViewSchema, tableAccess: 'read-write',
  }),
  listOrganisationCases: defineRoute({
    operationId: 'listOrganisationCases', method: 'GET', path: '/api/cases', summary: "My organisation's cases, newest first.",
    roles: counsellor, query: z.strictObject(paging), response: casePageSchema, tableAccess: 'read',
  }),
  listQueue: defineRoute({
    operationId: 'listQueue', method: 'GET', path: '/api/queue/{state}',
    summary: "The fund's cases in one state, urgent first, then by deadline or date. The panel sees deliberation queues only.",
    roles: ['programme_manager', 'panel_member'], params: z.strictObject({ state: z.enum(caseStates) }),
    query: z.strictObject(paging), response: casePageSchema, tableAccess: 'read',
  }),
  listAwaitingMyVote: defineRoute({
    operationId: 'listAwaitingMyVote', method: 'GET', path: '/api/panel/awaiting-my-vote',
    summary: 'Cases in deliberation I may still vote on, urgent first, then by deadline.',
    roles: panel, query: z.strictObject(paging), response: casePageSchema, tableAccess: 'read',
  }),
  createCase: defineRoute({
    operationId: 'createCase', method: 'POST', path: '/api/cases', summary: 'Start a request (a draft).',
    roles: counsellor, body: draftRequestSchema, response: caseViewSchema, successStatus: 201, tableAccess: 'read-write',
    idempotent: true,
  }),
  getCase: defineRoute({
    operationId: 'getCase', method: 'GET', path: '/api/cases/{caseId}',
    summary: 'A case with its questions, history and what the caller may see of the deliberation.',
    roles: everyone, params: caseParams, response: caseViewSchema, tableAccess: 'read',
  }),
  listEarlierRequests: defineRoute({
    operationId: 'listEarlierRequests', method: 'GET', path: '/api/cases/{caseId}/earlier-requests',
    summary: 'Earlier requests for the same client within the fund.',
    roles: everyone, params: caseParams, response: casePageSchema, tableAccess: 'read',
  }),
  editDraft: defineRoute({
    operationId: 'editDraft', method: 'PATCH', path: '/api/cases/{caseId}', summary: 'Save parts of a draft.',
    ...actionOf('editDraft'), params: caseParams, body: draftEditSchema, response: caseViewSchema, tableAccess: 'read-write',
  }),
  deleteDraft: defineRoute({
    operationId: 'deleteDraft', method: 'DELETE', path: '/api/cases/{caseId}', summary: 'Delete a draft, with everything recorded on it.',
    ...actionOf('deleteDraft'), params: caseParams, response: z.object({ id, deleted: z.literal(true) }), tableAccess: 'read-write',
  }),
  submitCase: defineRoute({
    operationId: 'submitCase', method: 'POST', path: '/api/cases/{caseId}/submit', summary: 'Submit a complete request.',
    ...actionOf('submit'), params: caseParams, response: caseViewSchema, tableAccess: 'read-write', idempotent: true,
  }),
  withdrawCase: defineRoute({
    operationId: 'withdrawCase', method: 'POST', path: '/api/cases/{caseId}/withdraw', summary: 'Withdraw a request before the decision.',
    ...actionOf('withdraw'), params: caseParams, body: withdrawInputSchema, response: caseViewSchema, tableAccess: 'read-write',
  }),
  screenCase: defineRoute({
    operationId: 'screenCase', method: 'POST', path: '/api/cases/{caseId}/screening', summary: 'Screen a request in, or out with a reason.',
    ...actionOf('screen'), params: caseParams, body: screeningInputSchema, response: caseViewSchema, tableAccess: 'read-write',
  }),
  openDeliberation: defineRoute({
    operationId: 'openDeliberation', method: 'POST', path: '/api/cases/{caseId}/deliberation',
    summary: 'Open the panel’s deliberation and set the voting deadline.',
    ...actionOf('openDeliberation'), params: caseParams, response: caseViewSchema, tableAccess: 'read-write',
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
  recordDecision: defineRoute({
    operationId: 'recordDecision', method: 'POST', path: '/api/cases/{caseId}/decision',
    summary: 'Record the decision from the votes, with the reasoning and any dissent.',
    ...actionOf('recordDecision'), params: caseParams, body: decisionInputSchema, response: caseViewSchema, tableAccess: 'read-write',
  }),
} satisfies Record<string, Route>;
