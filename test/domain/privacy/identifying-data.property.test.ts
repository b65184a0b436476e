import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdentifyingData, type IdentifyingKind } from '../../../domain/privacy/identifying-data.js';
import { dateFormats, day, identifyingTexts, inSentence, pad } from './identifying-texts.js';

/**
 * Identifying texts built the way people write them, embedded in ordinary Dutch sentences: each
 * must be found with its own kind. And the numbers requests need (dates, amounts, case references,
 * percentages, years) must not be.
 */
const RUNS = 300;

const found = (kind: IdentifyingKind) => (text: string) => {
  expect(findIdentifyingData(text), JSON.stringify(text)).toContain(kind);
};

describe('identifying data, however it is written, is found with its kind', () => {
  const cases = Object.entries(identifyingTexts) as Array<[IdentifyingKind, fc.Arbitrary<string>]>;
  it.each(cases)('finds %s in a sentence', (kind, piece) => {
    fc.assert(fc.property(inSentence(piece), found(kind)), { numRuns: RUNS });
  });

  it('finds a BSN split over lines with no-break spaces, full-width digits and a soft hyphen', () => {
    expect(findIdentifyingData('BSN １１１\u00a0222\u00ad\n333')).toEqual(['bsn']);
    expect(findIdentifyingData('nummer 1\u200b1\u200b1-22-23.33')).toEqual(['bsn']);
  });

  it('finds an IBAN once, not also as a phone number or a BSN', () => {
    expect(findIdentifyingData('Overmaken naar NL91 ABNA 0417 1643 00 graag.')).toEqual(['iban']);
  });
});

describe('what requests need is not identifying data', () => {
  const amount = fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 99 })).chain(([e, c]) => {
    const thousands = e.toLocaleString('nl-NL');
    return fc.constantFrom(`€ ${thousands},${pad(c)}`, `€${thousands},-`, `${e} euro`, `EUR ${thousands},${pad(c)}`, `€ ${e}`);
  });
  const plainDate = fc.tuple(day, fc.integer({ min: 0, max: dateFormats.length - 1 }), fc.constantFrom('-', '/', '.', ' ')).map(([d, f, s]) => dateFormats[f]!({ ...d, y: d.y + 20 }, s));
  const hardDate = fc.constantFrom('ontruiming op', 'afsluiting per', 'zitting op', 'vonnis van', 'sinds', 'vanaf', 'tot', 'betaald op', 'eviction on', 'due on');
  const caseRef = fc.tuple(fc.constantFrom('MZ', 'CJIB', 'DW', 'ZK', 'HA'), fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 9999 })).map(([p, y, n]) => `${p}-${y}-${String(n).padStart(4, '0')}`);
  const percentage = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a},${b}%`);
  const year = fc.integer({ min: 1990, max: 2035 }).map((y) => `in ${y}`);
  const count = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('schuldeisers', 'maanden', 'kinderen', 'weken')).map(([n, w]) => `${n} ${w}`);
  const allowed = fc.oneof(amount, fc.tuple(hardDate, plainDate).map(([h, d]) => `${h} ${d}`), caseRef, percentage, year, count);

  it('finds nothing in dates, amounts, case references, percentages, years and counts', () => {
    fc.assert(
      fc.property(fc.array(inSentence(allowed), { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')), (text) => {
        expect(findIdentifyingData(text), JSON.stringify(text)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
