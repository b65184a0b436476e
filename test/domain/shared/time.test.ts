import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../domain/shared/time.js';

const daysInMonth = (year: number, monthIndex: number): number => new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

describe('adding calendar months', () => {
  it('gives the last day of February for 30 November + 3 months, not 2 March', () => {
    expect(addMonths('2026-11-30T10:00:00.000Z', 3)).toBe('2027-02-28T10:00:00.000Z');
    expect(addMonths('2027-11-30T10:00:00.000Z', 3)).toBe('2028-02-29T10:00:00.000Z');
  });

  it('goes back the same way for a look-back period', () => {
    expect(addMonths('2026-05-31T08:00:00.000Z', -3)).toBe('2026-02-28T08:00:00.000Z');
  });

  it('lands in the target month, on the same day where that month has it, else on its last day, at the same time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('2200-12-31T23:59:59.999Z'), noInvalidDate: true }),
        fc.integer({ min: -36, max: 36 }),
        (start, months) => {
          const result = new Date(addMonths(start.toISOString(), months));
          const target = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
          const [year, monthIndex] = [Math.floor(target / 12), target % 12];
          expect([result.getUTCFullYear(), result.getUTCMonth()]).toEqual([year, monthIndex]);
          expect(result.getUTCDate()).toBe(Math.min(start.getUTCDate(), daysInMonth(year, monthIndex)));
          expect(result.toISOString().slice(10)).toBe(start.toISOString().slice(10));
        },
      ),
    );
  });
});
