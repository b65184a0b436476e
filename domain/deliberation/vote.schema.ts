import * as z from 'zod';
import { actorRefSchema } from '../people/actor.schema.js';
import { safeText } from '../privacy/safe-text.schema.js';

export const positions = ['grant', 'grant_with_conditions', 'refuse', 'abstain'] as const;
export type Position = (typeof positions)[number];

/** The three criteria a request argues. */
export const criteria = ['breakthrough', 'noAlternative', 'stability'] as const;
export type Criterion = (typeof criteria)[number];

/** How one lens judges one criterion. Comparable values, so that humanity and rules pulling apart can be counted. */
export const assessments = ['met', 'doubtful', 'not_met'] as const;

const lensViewSchema = z.strictObject({
  assessment: z.enum(assessments),
  note: safeText(1000).optional(),
});

const criterionViewSchema = z.strictObject({ humanity: lensViewSchema, rules: lensViewSchema });
export type CriterionView = z.infer<typeof criterionViewSchema>;

export const voteInputSchema = z.strictObject({
  position: z.enum(positions),
  rationale: safeText(3000, 10),
  criteria: z.strictObject({
    breakthrough: criterionViewSchema,
    noAlternative: criterionViewSchema,
    stability: criterionViewSchema,
  }),
});
export type VoteInput = z.infer<typeof voteInputSchema>;

export const panelMemberRefSchema = actorRefSchema.extend({
  discipline: z.string(),
  organisationId: z.string(),
});
export type PanelMemberRef = z.infer<typeof panelMemberRefSchema>;

export const voteSchema = voteInputSchema.extend({
  caseId: z.string(),
  member: panelMemberRefSchema,
  castAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** 1 when first cast; each revision adds one. Guards a concurrent double submit. */
  revision: z.int().min(1),
});
export type Vote = z.infer<typeof voteSchema>;

export const conflictInputSchema = z.strictObject({ reason: safeText(1000, 5) });

export const conflictSchema = z.object({
  caseId: z.string(),
  member: actorRefSchema,
  reason: z.string(),
  at: z.iso.datetime(),
});
export type Conflict = z.infer<typeof conflictSchema>;

export const commentInputSchema = z.strictObject({ text: safeText(3000, 1) });

export const commentSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  author: actorRefSchema,
  at: z.iso.datetime(),
  text: z.string(),
});
export type Comment = z.infer<typeof commentSchema>;

export const questionInputSchema = z.strictObject({ text: safeText(2000, 5) });
export const answerInputSchema = z.strictObject({ text: safeText(3000, 2) });

export const questionSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  askedBy: actorRefSchema,
  askedAt: z.iso.datetime(),
  text: z.string(),
  answer: z.object({ text: z.string(), by: actorRefSchema, at: z.iso.datetime() }).optional(),
});
export type Question = z.infer<typeof questionSchema>;
