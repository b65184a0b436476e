import * as z from 'zod';
import { outcomes } from '../../domain/case/case.schema.js';
import { caseStates } from '../../domain/case/lifecycle.js';
import { categories } from '../../domain/case/request.schema.js';
import { positions } from '../../domain/deliberation/vote.schema.js';
import { breakthroughResults } from '../../domain/follow-up/follow-up.schema.js';

export const myVotesSchema = z
  .object({
    items: z.array(
      z.object({
        caseId: z.string(),
        category: z.enum(categories).optional(),
        position: z.enum(positions),
        castAt: z.string(),
        state: z.enum(caseStates),
        decision: z.object({ outcome: z.enum(outcomes), decidedAt: z.string() }).optional(),
        /** The newest reported follow-up, if any. */
        followUp: z.object({ reported: z.int(), of: z.int(), breakthrough: z.enum(breakthroughResults).optional() }).optional(),
      }),
    ),
    cursor: z.string().optional(),
  })
  .meta({ id: 'MyVotes' });
