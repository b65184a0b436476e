import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdentifyingData, passesElevenTest } from '../../../domain/privacy/identifying-data.js';
import { safeText } from '../../../domain/privacy/safe-text.schema.js';

/** The check digit that makes eight digits a number passing the eleven-test, or null when none does. */
function withCheckDigit(eight: string): string | null {
  const sum = [...eight].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0);
  const check = sum % 11;
  return check <= 9 && sum !== 0 ? `${eight}${check}` : null;
}

describe('the eleven-test of a citizen service number', () => {
  it.each(['111222333', '123456782', '999999990'])('%s passes', (bsn) => {
    expect(passesElevenTest(bsn)).toBe(true);
  });

  it.each(['111222334', '123456789', '000000000', '12345678', '1234567890', '12345678a'])('%s fails', (digits) => {
    expect(passesElevenTest(digits)).toBe(false);
  });

  it('passes every number made with the right check digit, and fails it with any other', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8}$/), fc.integer({ min: 0, max: 9 }), (eight, other) => {
        const bsn = withCheckDigit(eight);
        fc.pre(bsn !== null && Number(bsn[8]) !== other);
        return passesElevenTest(bsn!) && !passesElevenTest(`${eight}${other}`);
      }),
    );
  });
});

describe('identifying data in free text', () => {
  it.each([
    ['a BSN', 'Cliënt met BSN 111222333 heeft huurachterstand.'],
    ['a BSN written as on an ID card', 'bsn 1112.22.333 bekend bij de gemeente'],
    ['a BSN written in groups of 4, 2 and 3', 'BSN 1112 22 333.'],
    ['a BSN written with spaces', 'nummer 111 22 23 33'],
  ])('finds %s', (_, text) => {
    expect(findIdentifyingData(text)).toEqual(['bsn']);
  });

  it.each([
    ['a 9-digit number that fails the eleven-test', 'Dossiernummer 123456789 bij de deurwaarder.'],
    ['an amount', 'Een schuld van 2450 euro bij 3 schuldeisers.'],
    ['a ten-digit invoice number that holds a passing nine', 'Factuur 1111222333 van Vattenfall.'],
    ['an IBAN-like reference', 'Betalen onder kenmerk 4000 1234 5678 9012.'],
  ])('accepts %s', (_, text) => {
    expect(findIdentifyingData(text)).toEqual([]);
  });

  it.each([
    ['geboren 12-03-1985', 'Moeder, geboren 12-03-1985, twee kinderen.'],
    ['geb. 1 januari 1990', 'Cliënt geb. 1 januari 1990.'],
    ['geboortedatum 1985-03-12', 'Geboortedatum: 1985-03-12.'],
    ['date of birth 3/4/79', 'Date of birth 3/4/79.'],
  ])('finds a date of birth: %s', (_, text) => {
    expect(findIdentifyingData(text)).toEqual(['birth_date']);
  });

  it('accepts a date that is not a date of birth', () => {
    expect(findIdentifyingData('Ontruiming gepland op 12-12-2026, vonnis van 01-10-2026.')).toEqual([]);
  });

  it.each(['jan.jansen@example.nl', 'j+fonds@gemeente-amsterdam.nl'])('finds the e-mail address %s', (email) => {
    expect(findIdentifyingData(`Contact via ${email} graag.`)).toEqual(['email']);
  });

  it('finds every kind at once', () => {
    expect(findIdentifyingData('BSN 111222333, geboren 12-03-1985, mail a@b.nl')).toEqual(['bsn', 'birth_date', 'email']);
  });

  it('finds a passing BSN wherever it stands in ordinary text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8}$/), fc.stringMatching(/^[a-z ,]{0,30}$/), fc.stringMatching(/^[a-z ,]{0,30}$/), (eight, before, after) => {
        const bsn = withCheckDigit(eight);
        fc.pre(bsn !== null);
        return findIdentifyingData(`${before} ${bsn} ${after}`).includes('bsn');
      }),
    );
  });
});

describe('safe free text', () => {
  const situation = safeText(3000, 10);

  it('refuses a BSN with a message that says why and what to do', () => {
    const parsed = situation.safeParse('Alleenstaande moeder, BSN 111222333.');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/citizen service number.*remove it/);
  });

  it('refuses a date of birth and an e-mail address, each with its own message', () => {
    const parsed = situation.safeParse('Geboren 12-03-1985, bereikbaar op jan@example.nl.');
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('date of birth'),
      expect.stringContaining('e-mail address'),
    ]);
  });

  it('accepts a 9-digit number that fails the eleven-test', () => {
    expect(situation.safeParse('Zaaknummer 123456789 bij het CJIB.').success).toBe(true);
  });

  it('trims, and bounds the length both ways', () => {
    expect(situation.parse('   Tien tekens of meer.   ')).toBe('Tien tekens of meer.');
    expect(situation.safeParse('Te kort').error?.issues[0]?.message).toMatch(/Required/);
    expect(safeText(20).safeParse('x'.repeat(21)).error?.issues[0]?.message).toBe('At most 20 characters.');
  });
});
