import * as z from 'zod';
import { cents } from '../fund/fund.schema.js';
import { actorRefSchema } from '../people/actor.schema.js';
import { safeText } from '../privacy/safe-text.schema.js';
import { isoDate, payeeKinds } from '../case/request.schema.js';

/** What the programme manager records for one payment on a grant. */
export const paymentInputSchema = z.strictObject({
  amountCents: cents.min(1, 'The amount must be more than zero.'),
  /** The day the money left the fund (bank statement), not the day it is recorded. */
  paidOn: isoDate,
  payee: z.strictObject({ kind: z.enum(payeeKinds), reference: safeText(120, 1) }),
  /** Needed for a grant with conditions to meet before payment: the manager confirms they are met. */
  conditionsMet: z.boolean().optional(),
  /** Marks the payment complete below the granted amount (a creditor settled for less). */
  complete: z.boolean().optional(),
});
export type PaymentInput = z.infer<typeof paymentInputSchema>;

export const paymentRecordSchema = z.object({
  id: z.string(),
  amountCents: cents,
  paidOn: isoDate,
  payee: z.object({ kind: z.enum(payeeKinds), reference: z.string() }),
  conditionsMet: z.boolean().optional(),
  recordedAt: z.iso.datetime(),
  recordedBy: actorRefSchema,
});
export type PaymentRecord = z.infer<typeof paymentRecordSchema>;

/**
 * The payments of a grant, on the case itself so that its figures follow from the case alone:
 * the sum paid, when the first was recorded, and when the payment was complete.
 */
export const paymentSchema = z.object({
  paidCents: cents,
  firstPaidAt: z.iso.datetime(),
  completedAt: z.iso.datetime().optional(),
  payments: z.array(paymentRecordSchema),
});
export type Payment = z.infer<typeof paymentSchema>;
