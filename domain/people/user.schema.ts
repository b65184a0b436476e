import { z } from 'zod';
import { actorSchema } from './actor.schema.js';

/** An account of a fund: the actor it signs in as, and whether it may still sign in. */
export const userSchema = actorSchema.extend({
  email: z.email().optional(),
  disabled: z.boolean().default(false),
});
export type User = z.infer<typeof userSchema>;
