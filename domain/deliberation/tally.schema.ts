import * as z from 'zod';
import { everyKey } from '../shared/every-key.js';
import { lenses } from './lenses.js';
import { criteria, positions } from './vote.schema.js';

export const tallySchema = z.object({
  counts: everyKey(positions, z.int()),
  /** Votes that count: cast by eligible members, abstentions left out. */
  countedVotes: z.int(),
  disciplines: z.array(z.string()),
  quorum: z.object({
    reached: z.boolean(),
    votes: z.object({ have: z.int(), need: z.int() }),
    disciplines: z.object({ have: z.int(), need: z.int() }),
  }),
  /** The position with the most counted votes, or 'tie' / null when there is none. */
  leaning: z.union([z.enum(positions), z.literal('tie'), z.null()]),
  /** Where humanity and rules pulled apart, and which of the two leaned towards granting. */
  lensesApart: z.array(z.object({ criterion: z.enum(criteria), favoursGrant: z.enum(lenses) })),
});
export type Tally = z.infer<typeof tallySchema>;
