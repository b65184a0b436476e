import * as z from 'zod';
import { actorSchema, type Actor } from './actor.schema.js';

/** An account of a fund: the actor it signs in as, and whether it may still sign in. */
export const userSchema = actorSchema.extend({
  email: z.email().optional(),
  disabled: z.boolean().default(false),
});
export type User = z.infer<typeof userSchema>;

/** The actor a user acts as: who they are, without their account's settings. */
export const actorOfUser = (user: User): Actor => actorSchema.parse(user);
