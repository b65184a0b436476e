import * as z from 'zod';
import { closeInputSchema, followUpReportSchema, handOverInputSchema } from '../../domain/follow-up/follow-up.schema.js';
import { caseParams, id, manager, paging } from '../api/route-parts.js';
import { actionOf, defineRoute, type Route } from '../api/route.js';
import { caseViewSchema } from '../api/views.schema.js';
import { categories } from '../../domain/case/request.schema.js';
import { breakthroughResults } from '../../domain/follow-up/follow-up.schema.js';
import { followUpReportsSchema, overdueFollowUpsSchema } from './follow-up.views.js';

/** After the payment: follow-up reports, closing a case, handing it over, overdue reports. */
export const followUpRoutes = {
  reportFollowUp: defineRoute({
    operationId: 'reportFollowUp', method: 'PUT', path: '/api/cases/{caseId}/follow-up/{moment}',
    summary: 'Report on a follow-up moment, or correct my report until the next moment is due.',
    ...actionOf('reportFollowUp'), params: z.strictObject({ caseId: id, moment: z.coerce.number().int().min(1).max(6) }),
    body: followUpReportSchema, response: caseViewSchema, tableAccess: 'read-write', idempotent: true,
  }),
  closeCase: defineRoute({
    operationId: 'closeCase', method: 'POST', path: '/api/cases/{caseId}/close',
    summary: 'Close a case after its follow-up; before the last report only with a reason.',
    ...actionOf('closeCase'), params: caseParams, body: closeInputSchema, response: caseViewSchema, tableAccess: 'read-write',
  }),
  handOverCase: defineRoute({
    operationId: 'handOverCase', method: 'POST', path: '/api/cases/{caseId}/handover',
    summary: 'Hand a case to a colleague of the same organisation.',
    ...actionOf('handOver'), params: caseParams, body: handOverInputSchema, response: caseViewSchema, tableAccess: 'read-write',
  }),
  listOverdueFollowUps: defineRoute({
    operationId: 'listOverdueFollowUps', method: 'GET', path: '/api/follow-ups/overdue',
    summary: 'Follow-up reports due, the longest due first (so overdue ones first), a page of cases at a time.',
    roles: manager, query: z.strictObject(paging), response: overdueFollowUpsSchema, tableAccess: 'read',
  }),
  listFollowUpReports: defineRoute({
    operationId: 'listFollowUpReports', method: 'GET', path: '/api/follow-up-reports',
    summary: 'Recent follow-up reports with their lessons, newest first, by category and outcome, a page at a time.',
    roles: manager,
    query: z.strictObject({
      ...paging,
      category: z.enum(categories).optional(),
      /** Was the breakthrough reached? */
      outcome: z.enum(breakthroughResults).optional(),
    }),
    response: followUpReportsSchema, tableAccess: 'read',
  }),
} satisfies Record<string, Route>;
