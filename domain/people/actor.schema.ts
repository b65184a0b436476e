import * as z from 'zod';

export const roles = ['counsellor', 'panel_member', 'programme_manager'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Who is acting: what the identity token says, nothing more. */
export const actorSchema = z.object({
  userId: z.string().min(1),
  name: z.string().min(1),
  fundId: z.string().min(1),
  role: roleSchema,
  /** The organisation a counsellor or panel member works for. */
  organisationId: z.string().min(1).optional(),
  /** A panel member's discipline. */
  discipline: z.string().min(1).optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** How an actor appears in history and on votes. */
export const actorRefSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: roleSchema,
});
export type ActorRef = z.infer<typeof actorRefSchema>;

export const refOf = (actor: Actor): ActorRef => ({ userId: actor.userId, name: actor.name, role: actor.role });
