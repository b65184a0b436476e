import * as z from 'zod';
import { categories } from '../../../domain/case/request.schema.js';
import { breakthroughResults, closeInputSchema, followUpReportSchema, handOverInputSchema } from '../../../domain/follow-up/follow-up.schema.js';
import { decisionSides, libraryLessonSchema, lessonReviewSchema, pendingLessonSchema } from '../../../domain/lessons/lesson.schema.js';
import { cents } from '../../../domain/fund/fund.schema.js';
import { notificationSchema } from '../../../domain/notifications/notification.schema.js';
import { paymentInputSchema } from '../../../domain/payment/payment.schema.js';
import { actionOf, defineRoute, type Route } from '../route.js';
import { caseViewSchema } from '../views.schema.js';
import { budgetViewSchema, myVotesSchema, overdueFollowUpsSchema } from './after-decision.views.js';

const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Not a valid id.');
const caseParams = z.strictObject({ caseId: id });
const manager = ['programme_manager'] as const;
const everyone = ['counsellor', 'panel_member', 'programme_manager'] as const;

/** The routes after the decision: payment and budget, follow-up, closing, handover, notifications, lessons, my votes. */
export const afterDecisionRoutes = {
  getBudget: defineRoute({
    operationId: 'getBudget', method: 'GET', path: '/api/fund/budget',
    summary: 'Granted and paid in a fund year against the annual budget; with an amount, what would be left after granting it.',
    roles: manager,
    query: z.strictObject({ year: z.string().regex(/^\d{4}$/, 'A year, like 2026.').optional(), amountCents: z.coerce.number().pipe(cents).optional() }),
    response: budgetViewSchema, tableAccess: 'read',
  }),
  recordPayment: defineRoute({
    operationId: 'recordPayment', method: 'POST', path: '/api/cases/{caseId}/payments',
    summary: 'Record a payment on a grant; the payment that completes it starts the follow-up.',
    ...actionOf('recordPayment'), params: caseParams, body: paymentInputSchema, response: caseViewSchema, successStatus: 201, tableAccess: 'read-write',
    idempotent: true,
  }),
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
    summary: 'Cases in follow-up with a report due, overdue ones first.',
    roles: manager, response: overdueFollowUpsSchema, tableAccess: 'read',
  }),
  listNotifications: defineRoute({
    operationId: 'listNotifications', method: 'GET', path: '/api/notifications',
    summary: 'My notifications, newest first: the development inbox.',
    roles: everyone, query: z.strictObject({ unread: z.enum(['true', 'false']).optional() }),
    response: z.object({ items: z.array(notificationSchema) }), tableAccess: 'read',
  }),
  markNotificationRead: defineRoute({
    operationId: 'markNotificationRead', method: 'POST', path: '/api/notifications/{notificationId}/read',
    summary: 'Mark one of my notifications read.',
    roles: everyone, params: z.strictObject({ notificationId: id }), response: notificationSchema, tableAccess: 'read-write',
  }),
  listLessons: defineRoute({
    operationId: 'listLessons', method: 'GET', path: '/api/lessons',
    summary: 'The lessons library: approved, anonymised lessons, by category and outcome.',
    roles: everyone,
    query: z.strictObject({
      category: z.enum(categories).optional(),
      /** Was the breakthrough reached? */
      outcome: z.enum(breakthroughResults).optional(),
      /** Lessons from granted or from refused cases. */
      side: z.enum(decisionSides).optional(),
    }),
    response: z.object({ items: z.array(libraryLessonSchema) }), tableAccess: 'read',
  }),
  listPendingLessons: defineRoute({
    operationId: 'listPendingLessons', method: 'GET', path: '/api/lessons/pending',
    summary: 'Lessons waiting for my approval before they go into the library.',
    roles: manager, response: z.object({ items: z.array(pendingLessonSchema) }), tableAccess: 'read',
  }),
  reviewLesson: defineRoute({
    operationId: 'reviewLesson', method: 'POST', path: '/api/lessons/{lessonId}/review',
    summary: 'Approve a lesson for the library (its text edited if need be), or decline it.',
    roles: manager, params: z.strictObject({ lessonId: id }), body: lessonReviewSchema,
    response: z.object({ approved: libraryLessonSchema.optional() }), tableAccess: 'read-write',
  }),
  listMyVotes: defineRoute({
    operationId: 'listMyVotes', method: 'GET', path: '/api/votes/mine',
    summary: 'My votes and how the cases turned out.',
    roles: ['panel_member'], response: myVotesSchema, tableAccess: 'read',
  }),
} satisfies Record<string, Route>;
