import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientRefSchema, draftRequestSchema, requestSchema } from '../../../domain/case/request.schema.js';
import { aRequest } from '../../support/fixtures.js';

const issuesOf = (schema: typeof requestSchema | typeof draftRequestSchema, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
};

describe('the request', () => {
  it('accepts a complete request', () => {
    expect(issuesOf(requestSchema, aRequest())).toEqual([]);
  });

  it('needs a hard date when it is urgent', () => {
    expect(issuesOf(requestSchema, aRequest({ urgency: { urgent: true } }))).toEqual([
      { field: 'urgency.hardDate', message: expect.stringContaining('hard date') },
    ]);
  });

  it('keeps money in whole euro cents, above zero', () => {
    expect(issuesOf(requestSchema, aRequest({ amountCents: 0 }))[0]?.field).toBe('amountCents');
    expect(issuesOf(requestSchema, aRequest({ amountCents: 12.5 }))[0]?.field).toBe('amountCents');
    expect(issuesOf(requestSchema, aRequest({ amountCents: -100 }))[0]?.field).toBe('amountCents');
  });

  it('names at least one regular route that was tried or ruled out', () => {
    const request = aRequest({ noAlternative: { routesTried: [], explanation: 'Niets geprobeerd, geen tijd.' } });
    expect(issuesOf(requestSchema, request)).toEqual([{ field: 'noAlternative.routesTried', message: expect.stringContaining('at least one route') }]);
  });

  it('refuses fields it does not know, so nothing unexpected is stored', () => {
    expect(issuesOf(requestSchema, { ...aRequest(), clientName: 'Jan' })[0]?.message).toMatch(/unrecognized/i);
  });

  it('lets a draft miss parts, but what is there must already be valid', () => {
    expect(issuesOf(draftRequestSchema, { clientRef: 'MZ-1' })).toEqual([]);
    expect(issuesOf(draftRequestSchema, { clientRef: 'MZ-1', amountCents: 0 })[0]?.field).toBe('amountCents');
  });
});

describe('the client reference', () => {
  it.each(['MZ-2026-0412', 'SW.7731', 'bn/22/091', 'ab'])('accepts the organisation’s own reference %s', (ref) => {
    expect(clientRefSchema.safeParse(ref).success).toBe(true);
  });

  it.each([
    ['a name with a space', 'Jan Jansen'],
    ['a 9-digit number, which looks like a BSN', '111222333'],
    ['a BSN written with dots', '1112.22.333'],
    ['a BSN written with dashes', '111-22-2333'],
    ['a BSN behind a prefix', 'SHV-1112.22.333'],
    ['nine digits in a number, which may be a BSN', 'K/2020/12345'],
    ['a mobile number behind a prefix', 'MZ.0612345678'],
    ['a name after a salutation', 'dhr.Jansen'],
    ['an e-mail address', 'jan@example.nl'],
    ['one character', 'a'],
    ['more than 40 characters', 'x'.repeat(41)],
  ])('refuses %s', (_, ref) => {
    expect(clientRefSchema.safeParse(ref).success).toBe(false);
  });

  // Written in the characters a reference may hold (letters, digits, . _ - /), with or without a prefix of the organisation's.
  const prefix = fc.constantFrom('', 'SHV-', 'MZ.', 'kl/');
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const bsn = digits(8).map((eight) => {
    const sum = [...eight].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0);
    return sum % 11 <= 9 && sum > 0 ? `${eight}${sum % 11}` : '111222333';
  });
  const cut = (text: string, sep: string, at: number[]) => at.reduce((t, i, k) => `${t.slice(0, i + k)}${sep}${t.slice(i + k)}`, text);
  const identifying = fc.oneof(
    fc.tuple(bsn, fc.constantFrom('', '.', '-', '/')).map(([b, sep]) => cut(b, sep, [4, 6])),
    fc.tuple(digits(8), fc.constantFrom('', '-', '.')).map(([d, sep]) => `06${sep}${d}`),
    fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1940, max: 2008 }), fc.constantFrom('-', '.', '/'), fc.constantFrom('geb.', 'geb', 'DOB', 'geboren'))
      .map(([d, m, y, sep, marker]) => `${marker}${marker.endsWith('.') ? '' : '-'}${d}${sep}${m}${sep}${y}`),
    fc.constantFrom('NL91ABNA0417164300', 'NL20INGB0001234567', 'nl91abna0417164300'),
    fc.tuple(fc.constantFrom('dhr.', 'mevr.', 'Mw.', 'Mr.'), fc.constantFrom('Jansen', 'Bakker', 'Yılmaz', 'DeVries')).map(([t, n]) => `${t}${n}`),
  );

  it('refuses identifying data written in the characters a reference may hold, with the same detector as the free text', () => {
    fc.assert(
      fc.property(prefix, identifying, (p, piece) => {
        expect(clientRefSchema.safeParse(`${p}${piece}`).success, `${p}${piece}`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts references as organisations number their clients', () => {
    const reference = fc
      .tuple(fc.constantFrom('MZ', 'SHV', 'bn', 'K', 'WIJ'), fc.constantFrom('-', '.', '/'), fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 9_999 }))
      .map(([p, sep, year, n]) => `${p}${sep}${year}${sep}${String(n).padStart(4, '0')}`);
    fc.assert(
      fc.property(reference, (ref) => {
        expect(clientRefSchema.safeParse(ref).success, ref).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
