import * as z from 'zod';
import { cents } from '../fund/fund.schema.js';
import { refuseIdentifyingData, safeText } from '../privacy/safe-text.schema.js';
import type { ReasonCode } from '../shared/reasons.js';
import { categories } from './categories.js';

export const isoDate = z.iso.date();

export { categories };

export const housingSituations = ['social_rent', 'private_rent', 'owner', 'lodging', 'sheltered', 'homeless'] as const;

/** The regular routes a counsellor tried or ruled out; aggregated later as signals to policy. */
export const alternativeRoutes = [
  'special_assistance',
  'debt_settlement',
  'remission',
  'charity_fund',
  'own_network',
  'payment_plan',
  'other',
] as const;

export const payeeKinds = ['creditor', 'landlord', 'supplier', 'institution', 'client'] as const;

/** The organisation's own reference for a client: never a name, birth date, BSN or any other identifying data. */
export const clientRefSchema = z
  .string()
  .trim()
  .min(2, 'At least 2 characters.')
  .max(40, 'At most 40 characters.')
  .refine((ref) => /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(ref), {
    message: "Use your organisation's own reference: letters, digits, . _ - / only.",
    params: { reason: 'client_ref_format' satisfies ReasonCode },
  })
  .superRefine((ref, ctx) => {
    // The same detector as every free-text field: a date of birth, an IBAN or a name is no reference either.
    if (refuseIdentifyingData(ref, ctx).length > 0) return;
    // In a story the digits after "MZ-" belong to a case number; a reference is all prefix and
    // number, so its numbers are read again on their own ("SHV-0612345678" holds a phone number).
    const numbers = numbersOf(ref);
    if (refuseIdentifyingData(numbers.join(' '), ctx).length > 0) return;
    // Stricter than in a story: nine digits anywhere in a reference may be a BSN, valid or not.
    if (numbers.some((n) => n.replace(/\D/g, '').length === 9)) {
      ctx.addIssue({ code: 'custom', message: 'Nine digits in a reference look like a BSN: use your own reference instead.', params: { reason: 'client_ref_bsn' satisfies ReasonCode } });
    }
  })
  .meta({ pattern: '^[A-Za-z0-9][A-Za-z0-9._/-]*$' });

/** The numbers between the letters of a reference, with their inner separators: "SHV-1112.22.333" → ["1112.22.333"]. */
const numbersOf = (ref: string): string[] =>
  ref.split(/[A-Za-z]+/).map((part) => part.replace(/^[._/-]+|[._/-]+$/g, '')).filter(Boolean);

const consentSchema = z.object({ given: z.boolean(), date: isoDate });

const householdSchema = z.object({
  adults: z.int().min(1).max(12),
  children: z.int().min(0).max(20),
  housing: z.enum(housingSituations),
  monthlyIncomeCents: cents,
  totalDebtCents: cents,
  creditorCount: z.int().min(0).max(500),
  situation: safeText(3000, 10),
});

const noAlternativeSchema = z.object({
  routesTried: z
    .array(z.enum(alternativeRoutes))
    .refine((routes) => routes.length > 0, {
      message: 'Name at least one route that was tried or ruled out.',
      params: { reason: 'routes_tried_missing' satisfies ReasonCode },
    })
    // Refinements carry a reason code, zod's own checks cannot: say the bound in the OpenAPI document by hand.
    .meta({ minItems: 1 }),
  explanation: safeText(3000, 10),
});

const urgencySchema = z.object({
  urgent: z.boolean(),
  hardDate: isoDate.optional(),
  reason: safeText(500).optional(),
});

const payeeSchema = z.object({
  kind: z.enum(payeeKinds),
  name: safeText(120, 2),
  reference: safeText(120, 1),
});

const costOfDoingNothingSchema = z.object({
  estimateCents: cents,
  explanation: safeText(2000, 10),
});

const requestShape = {
  clientRef: clientRefSchema,
  consent: consentSchema,
  household: householdSchema,
  breakthrough: safeText(3000, 10),
  noAlternative: noAlternativeSchema,
  stability: safeText(3000, 10),
  urgency: urgencySchema,
  amountCents: cents.min(1, 'The amount must be more than zero.'),
  category: z.enum(categories),
  payee: payeeSchema,
  expectedEffect: safeText(2000, 10),
  costOfDoingNothing: costOfDoingNothingSchema,
};

/** A complete request, as it must be to be submitted. */
export const requestSchema = z
  .strictObject(requestShape)
  .refine((r) => !r.urgency.urgent || r.urgency.hardDate !== undefined, {
    message: 'An urgent request needs the hard date (eviction, disconnection, court).',
    path: ['urgency', 'hardDate'],
    params: { reason: 'hard_date_needed' satisfies ReasonCode },
  });
export type Request = z.infer<typeof requestSchema>;

/** A draft: every part may still be missing, but what is there must already be valid. */
export const draftRequestSchema = z.strictObject({
  clientRef: clientRefSchema,
  consent: consentSchema.partial().optional(),
  household: householdSchema.partial().optional(),
  breakthrough: requestShape.breakthrough.optional(),
  noAlternative: noAlternativeSchema.partial().optional(),
  stability: requestShape.stability.optional(),
  urgency: urgencySchema.partial().optional(),
  amountCents: requestShape.amountCents.optional(),
  category: requestShape.category.optional(),
  payee: payeeSchema.partial().optional(),
  expectedEffect: requestShape.expectedEffect.optional(),
  costOfDoingNothing: costOfDoingNothingSchema.partial().optional(),
});
export type DraftRequest = z.infer<typeof draftRequestSchema>;

/** An edit replaces the parts it names; the client reference may change too while in draft. */
export const draftEditSchema = draftRequestSchema.partial();
export type DraftEdit = z.infer<typeof draftEditSchema>;
