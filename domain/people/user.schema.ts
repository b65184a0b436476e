import * as z from 'zod';
import type { FieldProblem } from '../shared/result.js';
import { actorSchema, type Actor } from './actor.schema.js';

/** An account of a fund: the actor it signs in as, and whether it may still sign in. */
export const userSchema = actorSchema.extend({
  email: z.email().optional(),
  disabled: z.boolean().default(false),
});
export type User = z.infer<typeof userSchema>;

/** The actor a user acts as: who they are, without their account's settings. */
export const actorOfUser = (user: User): Actor => actorSchema.parse(user);

/** Someone the programme manager asks into the fund, as the API and the web form check it. */
export const invitationSchema = z.strictObject({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(120),
  /** A programme manager invites the people who work in the fund; other managers are made by the administrator. */
  role: z.enum(['counsellor', 'panel_member']),
  organisationId: z.string().min(1).max(64),
  /** Required for a panel member: one of the fund's disciplines. */
  discipline: z.string().min(1).max(60).optional(),
});

type FundLists = { organisations: ReadonlyArray<{ id: string; inactive?: boolean | undefined }>; settings: { disciplines: readonly string[] } };

/** What decides what a counsellor or panel member sees: their role, organisation and discipline. */
export type Profile = Pick<User, 'role' | 'organisationId' | 'discipline'>;

/**
 * What the fund refuses in a counsellor's or panel member's profile, by field: an organisation it
 * does not have or has retired, a panel member without one of its disciplines in use, a discipline
 * for a counsellor. `current` is the profile the user has now: they may keep its organisation and
 * discipline even when the fund has retired them since.
 */
export function profileProblem(profile: Profile, fund: FundLists, current?: Profile): FieldProblem | undefined {
  const organisation = fund.organisations.find((o) => o.id === profile.organisationId);
  const kept = (field: 'organisationId' | 'discipline') => current !== undefined && current[field] !== undefined && current[field] === profile[field];
  if (!organisation)
    return { field: 'organisationId', reason: 'unknown_organisation', message: `The fund has no organisation "${profile.organisationId ?? ''}".` };
  if (organisation.inactive && !kept('organisationId'))
    return { field: 'organisationId', reason: 'organisation_inactive', message: `The fund no longer takes new people into "${organisation.id}".` };
  const disciplines = fund.settings.disciplines;
  if (profile.role === 'panel_member' && !disciplines.includes(profile.discipline ?? '') && !(kept('discipline') && current?.role === 'panel_member'))
    return {
      field: 'discipline', reason: 'discipline_needed', params: { disciplines: disciplines.join(', ') },
      message: `A panel member needs one of the fund's disciplines: ${disciplines.join(', ')}.`,
    };
  if (profile.role !== 'panel_member' && profile.discipline !== undefined)
    return { field: 'discipline', reason: 'discipline_not_allowed', message: 'Only a panel member has a discipline.' };
  return undefined;
}

/** What the fund refuses in an invitation, by field (profileProblem). The API and the web form both ask this. */
export const invitationProblem = (invitation: Pick<z.output<typeof invitationSchema>, 'role' | 'organisationId' | 'discipline'>, fund: FundLists) =>
  profileProblem(invitation, fund);

/**
 * A counsellor's or panel member's new role, organisation and discipline, as they are to be: the
 * programme manager moves people between the two roles and organisations; managers are made by the
 * administrator, as with invitations. The user sees the change from their next token on.
 */
export const userChangeSchema = z.strictObject({
  role: z.enum(['counsellor', 'panel_member']),
  organisationId: z.string().min(1).max(64),
  /** Required for a panel member: one of the fund's disciplines. Leave out for a counsellor. */
  discipline: z.string().min(1).max(60).optional(),
});
export type UserChange = z.output<typeof userChangeSchema>;

/** Whether a programme manager may change, disable or enable this user: counsellors and panel members only. */
export const isManageable = (user: Pick<User, 'role'>): boolean => user.role !== 'programme_manager';

/** What the fund refuses in a change of this user, by field (profileProblem, keeping what the user has now). */
export const userChangeProblem = (current: Profile, change: UserChange, fund: FundLists) => profileProblem(change, fund, current);

/** The user with a new role, organisation and discipline: a counsellor keeps no discipline. */
export function withProfile(user: User, profile: Profile): User {
  const { userId, name, fundId, email, disabled } = user;
  return {
    userId, name, fundId, disabled, ...(email !== undefined ? { email } : {}),
    role: profile.role,
    ...(profile.organisationId !== undefined ? { organisationId: profile.organisationId } : {}),
    ...(profile.discipline !== undefined ? { discipline: profile.discipline } : {}),
  };
}
