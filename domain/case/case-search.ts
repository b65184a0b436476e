import * as z from 'zod';
import type { ReasonCode } from '../shared/reasons.js';
import type { Case } from './case.schema.js';
import { caseStates } from './lifecycle.js';
import { categories, clientRefSchema, isoDate } from './request.schema.js';
import type { CaseSearchField } from './case-search-fields.js';

/** An organisation's client reference as it is compared: spaces around it and capitals do not matter. */
export const clientRefKey = (clientRef: string): string => clientRef.trim().toLowerCase();

/**
 * What the case archive can be narrowed by. Each is optional; together they all apply. The period
 * is of the day a request was submitted, both ends included, so a draft is in no period.
 */
export const caseSearchShape = {
  state: z.enum(caseStates).optional(),
  category: z.enum(categories).optional(),
  urgency: z.enum(['urgent', 'not_urgent']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  clientRef: clientRefSchema.optional(),
} satisfies Record<CaseSearchField, z.ZodType>;

/** A search's period must not end before it starts. */
export const periodInOrder = {
  check: (search: { from?: string | undefined; to?: string | undefined }) => !search.from || !search.to || search.from <= search.to,
  problem: { message: 'The period must not end before it starts.', path: ['to'], params: { reason: 'period_reversed' satisfies ReasonCode } },
};

export const caseSearchSchema = z.strictObject(caseSearchShape).refine(periodInOrder.check, periodInOrder.problem);
export type CaseSearch = z.infer<typeof caseSearchSchema>;

/** Whether a case is one the search asks for: the one rule, whichever index the archive reads. */
export function matchesSearch(kase: Case, search: CaseSearch): boolean {
  const submittedOn = kase.submittedAt?.slice(0, 10);
  const urgent = kase.request.urgency?.urgent === true;
  return (
    (!search.state || kase.state === search.state) &&
    (!search.category || kase.request.category === search.category) &&
    (!search.urgency || urgent === (search.urgency === 'urgent')) &&
    (!search.from || (submittedOn !== undefined && submittedOn >= search.from)) &&
    (!search.to || (submittedOn !== undefined && submittedOn <= search.to)) &&
    (!search.clientRef || (kase.request.clientRef !== undefined && clientRefKey(kase.request.clientRef) === clientRefKey(search.clientRef)))
  );
}
