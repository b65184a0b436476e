import * as z from 'zod';
import { cents } from '../fund/fund.schema.js';
import { actorRefSchema } from '../people/actor.schema.js';
import { safeText } from '../privacy/safe-text.schema.js';
import { tallySchema } from '../deliberation/tally.schema.js';
import { caseStates } from './lifecycle.js';
import { draftRequestSchema } from './request.schema.js';
import { followUpSchema } from '../follow-up/follow-up.schema.js';
import { paymentSchema } from '../payment/payment.schema.js';

export const outcomes = ['granted', 'granted_with_conditions', 'refused'] as const;
export type Outcome = (typeof outcomes)[number];

export const decisionInputSchema = z.strictObject({
  outcome: z.enum(outcomes),
  /** The granted amount; may be lower than requested. Left out for a refusal. */
  amountCents: cents.min(1).optional(),
  /** What must be so before the grant is paid: the manager confirms it at payment. */
  conditions: safeText(2000, 5).optional(),
  /** What the client and counsellor agree to keep to afterwards (budget coaching for a year): asked at each follow-up. */
  agreements: safeText(2000, 5).optional(),
  reasoning: safeText(5000, 10),
  dissent: safeText(3000, 5).optional(),
  /** When the panel chose humanity over a rule: which rule, and why. */
  ruleSetAside: z.strictObject({ rule: safeText(300, 3), why: safeText(2000, 10) }).optional(),
  /** Needed to decide without quorum. */
  quorumOverride: z.strictObject({ reason: safeText(1000, 10) }).optional(),
  /** Needed to grant more than is left of the fund's annual budget. */
  budgetOverride: z.strictObject({ reason: safeText(1000, 10) }).optional(),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const decisionSchema = decisionInputSchema.extend({
  decidedAt: z.iso.datetime(),
  decidedBy: actorRefSchema,
  tally: tallySchema,
});
export type Decision = z.infer<typeof decisionSchema>;

/**
 * The decision as a viewer is shown it (visibility.ts): the tally only to whoever sees the ballots.
 * To anyone else a count per position, the disciplines that voted or the quorum reached would tell,
 * on a small panel, who voted and how.
 */
export const shownDecisionSchema = decisionSchema.extend({
  tally: tallySchema.optional().meta({ description: 'Only for the programme manager and members whose own vote is in: it would tell the others who voted and how.' }),
});
export type ShownDecision = z.infer<typeof shownDecisionSchema>;

export const screeningInputSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('in'), note: safeText(2000).optional() }),
  z.strictObject({ outcome: z.literal('out'), reason: safeText(2000, 10) }),
]);
export type ScreeningInput = z.infer<typeof screeningInputSchema>;

export const withdrawInputSchema = z.strictObject({ reason: safeText(2000, 5) });

export const deliberationSchema = z.object({
  openedAt: z.iso.datetime(),
  urgent: z.boolean(),
  /** Moves later by the time spent waiting for the counsellor's answers. */
  deadline: z.iso.datetime(),
  pausedSince: z.iso.datetime().optional(),
  pausedMs: z.int().min(0),
});
export type Deliberation = z.infer<typeof deliberationSchema>;

export const repeatSchema = z.object({
  earlierCaseIds: z.array(z.string()),
  /** Granted to this client within the fund's cap period, before this request. */
  earlierGrantedCents: cents,
  capExceeded: z.boolean(),
});

export const caseSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  organisationId: z.string(),
  counsellor: actorRefSchema,
  state: z.enum(caseStates),
  version: z.int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  request: draftRequestSchema,
  submittedAt: z.iso.datetime().optional(),
  screening: z
    .object({ outcome: z.enum(['in', 'out']), text: z.string().optional(), by: actorRefSchema, at: z.iso.datetime() })
    .optional(),
  deliberation: deliberationSchema.optional(),
  openQuestions: z.int().min(0),
  decision: decisionSchema.optional(),
  withdrawal: z.object({ reason: z.string(), at: z.iso.datetime() }).optional(),
  repeat: repeatSchema.optional(),
  payment: paymentSchema.optional(),
  followUp: followUpSchema.optional(),
  closedAt: z.iso.datetime().optional(),
  closure: z.object({ by: actorRefSchema, automatic: z.boolean(), reason: z.string().optional() }).optional(),
  /**
   * When its narrative text is purged, and when that was done: set when the case ends, counted from
   * then; on a draft, counted from its last change (the whole draft is deleted then).
   */
  retention: z.object({ purgeAfter: z.iso.datetime(), purgedAt: z.iso.datetime().optional() }).optional(),
  /** Reminders the scheduled job has sent, by what they were about: so a second run sends none again. */
  reminders: z.record(z.string(), z.iso.datetime()).optional(),
});
export type Case = z.infer<typeof caseSchema>;

/** A case as a viewer is shown it: its decision as shown to them, and no ballot count (visibility.ts). */
export const shownCaseSchema = caseSchema.extend({ decision: shownDecisionSchema.optional() });
export type ShownCase = z.infer<typeof shownCaseSchema>;
