/** Time enters the domain as ISO-8601 strings passed in by the caller; these helpers only do arithmetic. */
const HOUR_MS = 3_600_000;

export const addHours = (iso: string, hours: number): string =>
  new Date(Date.parse(iso) + hours * HOUR_MS).toISOString();

export const addMilliseconds = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

export const millisecondsBetween = (fromIso: string, toIso: string): number => Date.parse(toIso) - Date.parse(fromIso);

/** The calendar day (YYYY-MM-DD) of an ISO instant, in UTC. */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** The same moment a number of calendar months later (or earlier, for a negative number). */
export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
}
