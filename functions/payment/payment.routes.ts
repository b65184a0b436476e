import * as z from 'zod';
import { cents } from '../../domain/fund/fund.schema.js';
import { paymentInputSchema } from '../../domain/payment/payment.schema.js';
import { caseParams, manager } from '../api/route-parts.js';
import { actionOf, defineRoute, type Route } from '../api/route.js';
import { caseViewSchema } from '../api/views.schema.js';
import { budgetViewSchema } from './payment.views.js';

/** Payments on a grant and the budget they draw on. */
export const paymentRoutes = {
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
} satisfies Record<string, Route>;
