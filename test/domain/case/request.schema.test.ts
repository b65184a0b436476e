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
    ['an e-mail address', 'jan@example.nl'],
    ['one character', 'a'],
    ['more than 40 characters', 'x'.repeat(41)],
  ])('refuses %s', (_, ref) => {
    expect(clientRefSchema.safeParse(ref).success).toBe(false);
  });
});
