import * as z from 'zod';
import type { ReasonCode } from '../shared/reasons.js';

export const cents = z.int().min(0).max(100_000_000_00);

export const fundSettingsSchema = z
  .object({
    quorum: z.object({
      minVotes: z.int().min(1).max(25),
      minDisciplines: z.int().min(1).max(10),
    }),
    /** The panel's disciplines in use, by code: the quorum counts them, a new panel member gets one of them. */
    disciplines: z.array(z.string().trim().min(2).max(60)).min(1).max(20),
    /**
     * The fund's own name for a discipline, by code, also for one no longer in use (its votes still show it).
     * Optional, so that a fund saved before names existed needs no migration: without one, the app's
     * translated name for a code it knows is shown, else the code (disciplineName below).
     */
    disciplineNames: z.record(z.string().min(2).max(60), z.string().trim().min(1).max(60)).optional(),
    votingWindowHours: z.object({
      normal: z.int().min(24).max(24 * 60),
      urgent: z.int().min(4).max(24 * 14),
    }),
    annualBudgetCents: cents,
    maxPerRequestCents: cents.min(1),
    perClientCap: z.object({ amountCents: cents, periodMonths: z.int().min(1).max(120) }),
    followUpMonths: z.array(z.int().min(1).max(60)).min(1).max(6),
    retentionMonths: z.int().min(6).max(240),
  })
  .refine((s) => s.votingWindowHours.urgent < s.votingWindowHours.normal, {
    message: 'The urgent voting window must be shorter than the normal one.',
    path: ['votingWindowHours', 'urgent'],
    params: { reason: 'urgent_window_too_long' satisfies ReasonCode },
  })
  .refine((s) => s.quorum.minDisciplines <= s.quorum.minVotes, {
    message: 'Cannot require more disciplines than votes.',
    path: ['quorum', 'minDisciplines'],
    params: { reason: 'disciplines_over_votes' satisfies ReasonCode },
  });
export type FundSettings = z.infer<typeof fundSettingsSchema>;

export const organisationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** No longer chosen for new people; its users, cases and name stay. Absent means in use. */
  inactive: z.boolean().optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const fundSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  settings: fundSettingsSchema,
  organisations: z.array(organisationSchema),
});
export type Fund = z.infer<typeof fundSchema>;

/** The fund's own name for a discipline, if it gave one; the web falls back to its translated name, then the code. */
export const disciplineName = (settings: Pick<FundSettings, 'disciplineNames'>, code: string): string | undefined =>
  settings.disciplineNames && Object.hasOwn(settings.disciplineNames, code) ? settings.disciplineNames[code] : undefined;
