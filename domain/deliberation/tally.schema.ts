import { z } from 'zod';
import { positions } from './vote.schema.js';

export const tallySchema = z.object({
  counts: z.record(z.enum(positions), z.int()),
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
});
export type Tally = z.infer<typeof tallySchema>;
