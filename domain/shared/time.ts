import { utc } from '@date-fns/utc';
import { addMonths as addCalendarMonths } from 'date-fns';

/** Time enters the domain as ISO-8601 strings passed in by the caller; these helpers only do arithmetic. */
const HOUR_MS = 3_600_000;

export const addHours = (iso: string, hours: number): string =>
  new Date(Date.parse(iso) + hours * HOUR_MS).toISOString();

export const addMilliseconds = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

export const millisecondsBetween = (fromIso: string, toIso: string): number => Date.parse(toIso) - Date.parse(fromIso);

/** The calendar day (YYYY-MM-DD) of an ISO instant, in UTC. */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/**
 * The same moment a number of calendar months later (or earlier, for a negative number), in UTC.
 * A day the target month does not have becomes its last day: 30 November + 3 months is 28 February,
 * not 2 March. Computed in UTC (`in: utc`), so a server in Amsterdam gives the dates Lambda gives.
 */
export const addMonths = (iso: string, months: number): string => addCalendarMonths(iso, months, { in: utc }).toISOString();
