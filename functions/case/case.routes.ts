import * as z from 'zod';
import { decisionInputSchema, screeningInputSchema, withdrawInputSchema } from '../../domain/case/case.schema.js';
import { caseSearchShape, periodInOrder } from '../../domain/case/case-search.js';
import { caseStates } from '../../domain/case/lifecycle.js';
import { draftEditSchema, draftRequestSchema } from '../../domain/case/request.schema.js';
import { caseParams, everyone, id, paging } from '../api/route-parts.js';
import { actionOf, defineRoute, type Route } from '../api/route.js';
import { casePageSchema, caseViewSchema } from '../api/views.schema.js';

const counsellor = ['counsellor'] as const;

/** The routes of a case from request to decision: drafting, submitting, screening, opening the deliberation, deciding. */
export const caseRoutes = {
  listOrganisationCases: defineRoute({
    operationId: 'listOrganisationCases', method: 'GET', path: '/api/cases',
    summary: "My organisation's cases, drafts included, newest first; narrowed by state, category, urgency, period of submission or client reference.",
    roles: counsellor, query: z.strictObject({ ...paging, ...caseSearchShape }).refine(periodInOrder.check, periodInOrder.problem),
    response: casePageSchema, tableAccess: 'read',
  }),
  listFundCases: defineRoute({
    operationId: 'listFundCases', method: 'GET', path: '/api/fund/cases',
    summary: "The fund's case archive: every submitted case in every state, newest submission first; narrowed by state, category, organisation, urgency, period of submission or client reference (with its organisation).",
    roles: ['programme_manager'], query: z.strictObject({ ...paging, ...caseSearchShape, organisationId: id.optional() }).refine(periodInOrder.check, periodInOrder.problem),
    response: casePageSchema, tableAccess: 'read',
  }),
  listQueue: defineRoute({
    operationId: 'listQueue', method: 'GET', path: '/api/queue/{state}',
    summary: "The fund's cases in one state, urgent first, then by deadline or date. The panel sees deliberation queues only.",
    roles: ['programme_manager', 'panel_member'], params: z.strictObject({ state: z.enum(caseStates) }),
    query: z.strictObject(paging), response: casePageSchema, tableAccess: 'read',
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
    summary: 'Earlier requests for the same client within the fund, newest first, a page at a time.',
    roles: everyone, params: caseParams, query: z.strictObject(paging), response: casePageSchema, tableAccess: 'read',
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
  recordDecision: defineRoute({
    operationId: 'recordDecision', method: 'POST', path: '/api/cases/{caseId}/decision',
    summary: 'Record the decision from the votes, with the reasoning and any dissent.',
    ...actionOf('recordDecision'), params: caseParams, body: decisionInputSchema, response: caseViewSchema, tableAccess: 'read-write',
  }),
} satisfies Record<string, Route>;
