import * as z from 'zod';
import { everyKey } from '../shared/every-key.js';
import type { ReasonCode } from '../shared/reasons.js';
import { caseStates } from '../case/lifecycle.js';
import { categories } from '../case/request.schema.js';
import { lenses } from '../deliberation/lenses.js';
import { criteria } from '../deliberation/vote.schema.js';
import { lifeDomains } from '../follow-up/follow-up.schema.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month as YYYY-MM.');

export const periodSchema = z
  .strictObject({ from: month, to: month })
  .refine((p) => p.from <= p.to, {
    message: 'The period must not end before it starts.',
    path: ['to'],
    params: { reason: 'period_reversed' satisfies ReasonCode },
  });
export type Period = z.infer<typeof periodSchema>;

/** Follow-up results: was the breakthrough reached? */
const resultsSchema = z.object({ yes: z.int(), partly: z.int(), no: z.int() });
const count = z.int().min(0);

export const learningPictureSchema = z
  .object({
    period: z.object({ from: month, to: month }),
    requests: z.object({ started: everyKey(caseStates, count), submitted: count }),
    leadTimes: z.object({
      /** Submitted → decided, with the time waiting for the counsellor's answers left out. */
      decideDays: z.number().nullable(),
      decided: count,
      /** Decided → fully paid. */
      payDays: z.number().nullable(),
      paid: count,
    }),
    budget: z.object({ annualBudgetCents: z.int(), grantedCents: z.int(), paidCents: z.int() }),
    byCategory: z.array(
      z.object({
        category: z.enum(categories),
        submitted: count,
        granted: count,
        grantedWithConditions: count,
        refused: count,
        grantedCents: z.int(),
        results: resultsSchema,
      }),
    ),
    outcomes: z.array(
      z.object({
        side: z.enum(['granted', 'refused']),
        results: resultsSchema,
        life: z.array(z.object({ domain: z.enum(lifeDomains), better: count, same: count, worse: count })),
      }),
    ),
    /** Where humanity and rules pulled apart: which view the decision followed, and how those cases turned out. */
    lensesApart: z.array(z.object({ criterion: z.enum(criteria), followed: z.enum(lenses), cases: count, results: resultsSchema })),
    rulesSetAside: z.object({ cases: count, results: resultsSchema }),
  })
  .meta({ id: 'LearningPicture' });
export type LearningPicture = z.infer<typeof learningPictureSchema>;
