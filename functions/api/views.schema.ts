import * as z from 'zod';
import { shownCaseSchema } from '../../domain/case/case.schema.js';
import { historyEntrySchema } from '../../domain/case/case-event.schema.js';
import { caseStates } from '../../domain/case/lifecycle.js';
import { categories } from '../../domain/case/request.schema.js';
import { tallySchema } from '../../domain/deliberation/tally.schema.js';
import { commentSchema, conflictSchema, questionSchema, voteSchema } from '../../domain/deliberation/vote.schema.js';
import { fundSettingsSchema, organisationSchema } from '../../domain/fund/fund.schema.js';
import { actorRefSchema, actorSchema } from '../../domain/people/actor.schema.js';
import { caseActionNames } from '../../domain/case/actions.js';
import { reasonCodes } from '../../domain/shared/reasons.js';

const reasonSchema = z.enum(reasonCodes).meta({ id: 'Reason', description: 'Why, from the one list of reasons (domain/shared/reasons.ts).' });
const reasonParamsSchema = z
  .record(z.string(), z.union([z.number(), z.string()]))
  .meta({ description: 'What the reason needs to be said: maxCents, state, currentVersion, …' });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      reason: reasonSchema,
      params: reasonParamsSchema.optional(),
      message: z.string().meta({ description: 'In English, for API users and logs; a screen shows the text of the reason.' }),
      fields: z.array(z.object({ field: z.string(), reason: reasonSchema, params: reasonParamsSchema.optional(), message: z.string() })).optional(),
      state: z.string().optional(),
      currentVersion: z.int().optional(),
    }),
  })
  .meta({ id: 'Error' });

/** A case in a list: enough to choose the next one, without the narrative text. */
export const caseSummarySchema = z
  .object({
    id: z.string(),
    state: z.enum(caseStates),
    version: z.int(),
    organisationId: z.string(),
    counsellor: actorRefSchema,
    clientRef: z.string().optional(),
    category: z.enum(categories).optional(),
    amountCents: z.int().optional(),
    urgent: z.boolean(),
    hardDate: z.string().optional(),
    deadline: z.string().optional(),
    repeat: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().optional(),
  })
  .meta({ id: 'CaseSummary' });

export const casePageSchema = z
  .object({ items: z.array(caseSummarySchema), cursor: z.string().optional() })
  .meta({ id: 'CasePage' });

export const caseViewSchema = z
  .object({
    case: shownCaseSchema,
    questions: z.array(questionSchema),
    deliberation: z.object({
      hasVoted: z.boolean(),
      votes: z.array(voteSchema),
      comments: z.array(commentSchema),
      tally: tallySchema.nullable(),
      /** Conflicts declared: all for the manager, one's own for a panel member. */
      conflicts: z.array(conflictSchema),
    }),
    history: z.array(historyEntrySchema),
    /** What the caller can do on this case now. */
    actions: z.array(z.enum(caseActionNames)),
  })
  .meta({ id: 'CaseView' });

export const fundViewSchema = z
  .object({ id: z.string(), name: z.string(), settings: fundSettingsSchema, organisations: z.array(organisationSchema) })
  .meta({ id: 'Fund' });

export const meSchema = z.object({ actor: actorSchema, fund: fundViewSchema }).meta({ id: 'Me' });

export const healthSchema = z.object({ status: z.literal('ok'), time: z.string() });

/** The health check while the local runtime's store restarts (functions/local/local-server.ts): what it knows instead of the Error. */
export const healthUnavailableSchema = z.object({ status: z.literal('unavailable'), store: z.enum(['restarting', 'stopped']) });
