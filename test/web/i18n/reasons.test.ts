import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { requestSchema } from '../../../domain/case/request.schema';
import { reasonCodes, reasonParams, type ReasonCode } from '../../../domain/shared/reasons';
import { validationError } from '../../../domain/shared/validation';
import { reasonText } from '../../../web/src/lib/form/issues';
import { en } from '../../../web/src/lib/i18n/en';
import { nl } from '../../../web/src/lib/i18n/nl';
import { aRequest } from '../../support/fixtures';

const catalogues = { nl: nl.reasons, en: en.reasons } as Record<'nl' | 'en', Partial<Record<string, string>>>;
const paramsUsedBy = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!);

describe('the text of every reason', () => {
  it.each(['nl', 'en'] as const)('has a %s text for every code, and none for a code that does not exist', (language) => {
    const texts = catalogues[language];
    expect(reasonCodes.filter((code) => !texts[code]?.trim())).toEqual([]);
    expect(Object.keys(texts).filter((key) => !reasonCodes.includes(key as ReasonCode))).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('uses in %s only the parameters its code gives', (language) => {
    const misfits = reasonCodes.flatMap((code) => {
      const given: readonly string[] = reasonParams[code];
      return paramsUsedBy(catalogues[language][code] ?? '').filter((p) => !given.includes(p)).map((p) => `${code}: {{${p}}}`);
    });
    expect(misfits).toEqual([]);
  });

  it('shows amounts in euros and a state by its name', () => {
    const t = i18next.getFixedT('nl');
    expect(reasonText({ reason: 'over_maximum', params: { maxCents: 5_000_00 } }, t)).toMatch(/^Het fonds geeft hoogstens €\s5\.000,00 per aanvraag\.$/);
    expect(reasonText({ reason: 'invalid_transition', params: { state: 'in_deliberation' } }, t)).toBe('Dit kan niet bij een aanvraag met de status ‘In beraad’.');
  });
});

/** A value of the wrong kind for any field: what a careless or hostile client might send. */
const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const requestPaths = [
  'clientRef', 'consent.given', 'consent.date', 'household.adults', 'household.children', 'household.housing',
  'household.monthlyIncomeCents', 'household.totalDebtCents', 'household.creditorCount', 'household.situation', 'breakthrough',
  'noAlternative.routesTried', 'noAlternative.explanation', 'stability', 'urgency.urgent', 'urgency.hardDate', 'urgency.reason',
  'amountCents', 'category', 'payee.kind', 'payee.name', 'payee.reference', 'expectedEffect', 'costOfDoingNothing.estimateCents',
  'costOfDoingNothing.explanation', 'unknownField',
];
const identifying = fc.constantFrom('BSN 111222333', 'geboren 12-03-1985', 'jan@example.nl');

/** A valid request with some fields replaced by junk or identifying text. */
const invalidRequest = fc
  .array(fc.tuple(fc.constantFrom(...requestPaths), fc.oneof(junk, identifying)), { minLength: 1, maxLength: 6 })
  .map((changes) => {
    const body = structuredClone(aRequest({ urgency: { urgent: true, hardDate: '2027-01-10' } })) as Record<string, unknown>;
    for (const [path, value] of changes) {
      const [part, leaf] = path.split('.');
      if (leaf === undefined) body[part!] = value;
      else body[part!] = { ...(typeof body[part!] === 'object' ? (body[part!] as object) : {}), [leaf]: value };
    }
    return body;
  });

describe('every field problem of a request body', () => {
  it('has a reason from the one list, and a Dutch text that is not the English message', () => {
    const t = i18next.getFixedT('nl');
    fc.assert(
      fc.property(invalidRequest, (body) => {
        const parsed = requestSchema.safeParse(body, { reportInput: true });
        if (parsed.success) return;
        for (const problem of validationError(parsed.error, 'request').fields ?? []) {
          expect(reasonCodes).toContain(problem.reason);
          const text = reasonText(problem, t);
          expect(text.trim()).not.toBe('');
          expect(text).not.toBe(`reasons.${problem.reason}`);
          expect(text).not.toBe(problem.message);
          expect(text).not.toMatch(/\{\{/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
