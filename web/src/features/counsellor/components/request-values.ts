import type { DraftRequest } from '../../../../../domain/case/request.schema';
import { eurosInput, parseEuros } from '../../../lib/format';

/** The request form as the user types it: text as text, converted to the domain's shape on save. */
export interface RequestValues {
  clientRef: string;
  consentGiven: boolean;
  consentDate: string;
  adults: string;
  children: string;
  housing: string;
  monthlyIncome: string;
  totalDebt: string;
  creditorCount: string;
  situation: string;
  breakthrough: string;
  routesTried: string[];
  noAlternativeExplanation: string;
  stability: string;
  urgent: boolean;
  hardDate: string;
  urgencyReason: string;
  amount: string;
  category: string;
  payeeKind: string;
  payeeName: string;
  payeeReference: string;
  expectedEffect: string;
  costEstimate: string;
  costExplanation: string;
}

/** Each form value's place in the domain's request: errors come back by these paths. */
export const pathOf: Record<keyof RequestValues, string> = {
  clientRef: 'clientRef',
  consentGiven: 'consent.given',
  consentDate: 'consent.date',
  adults: 'household.adults',
  children: 'household.children',
  housing: 'household.housing',
  monthlyIncome: 'household.monthlyIncomeCents',
  totalDebt: 'household.totalDebtCents',
  creditorCount: 'household.creditorCount',
  situation: 'household.situation',
  breakthrough: 'breakthrough',
  routesTried: 'noAlternative.routesTried',
  noAlternativeExplanation: 'noAlternative.explanation',
  stability: 'stability',
  urgent: 'urgency.urgent',
  hardDate: 'urgency.hardDate',
  urgencyReason: 'urgency.reason',
  amount: 'amountCents',
  category: 'category',
  payeeKind: 'payee.kind',
  payeeName: 'payee.name',
  payeeReference: 'payee.reference',
  expectedEffect: 'expectedEffect',
  costEstimate: 'costOfDoingNothing.estimateCents',
  costExplanation: 'costOfDoingNothing.explanation',
};

export const emptyValues = (today: string): RequestValues => ({
  clientRef: '',
  consentGiven: false,
  consentDate: today,
  adults: '',
  children: '',
  housing: '',
  monthlyIncome: '',
  totalDebt: '',
  creditorCount: '',
  situation: '',
  breakthrough: '',
  routesTried: [],
  noAlternativeExplanation: '',
  stability: '',
  urgent: false,
  hardDate: '',
  urgencyReason: '',
  amount: '',
  category: '',
  payeeKind: '',
  payeeName: '',
  payeeReference: '',
  expectedEffect: '',
  costEstimate: '',
  costExplanation: '',
});

type Conversion = { value: unknown } | { error: 'number' | 'amount' } | undefined;

const integer = (text: string): Conversion => (text.trim() === '' ? undefined : /^\d+$/.test(text.trim()) ? { value: Number(text.trim()) } : { error: 'number' });
const euros = (text: string): Conversion => {
  if (text.trim() === '') return undefined;
  const cents = parseEuros(text);
  return cents === undefined ? { error: 'amount' } : { value: cents };
};
const text = (value: string): Conversion => (value.trim() === '' ? undefined : { value });
const choice = (value: string): Conversion => (value === '' ? undefined : { value });

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/**
 * The draft as the domain reads it, from what was typed. Empty fields are left out; a number or
 * amount that cannot be read is left out too and reported by its path ('number' or 'amount').
 */
export function toDraft(values: RequestValues): { draft: Record<string, unknown>; unreadable: Record<string, 'number' | 'amount'> } {
  const draft: Record<string, unknown> = {};
  const unreadable: Record<string, 'number' | 'amount'> = {};
  const conversions: [keyof RequestValues, Conversion][] = [
    ['clientRef', text(values.clientRef)],
    ['consentGiven', { value: values.consentGiven }],
    ['consentDate', choice(values.consentDate)],
    ['adults', integer(values.adults)],
    ['children', integer(values.children)],
    ['housing', choice(values.housing)],
    ['monthlyIncome', euros(values.monthlyIncome)],
    ['totalDebt', euros(values.totalDebt)],
    ['creditorCount', integer(values.creditorCount)],
    ['situation', text(values.situation)],
    ['breakthrough', text(values.breakthrough)],
    ['routesTried', values.routesTried.length > 0 ? { value: values.routesTried } : undefined],
    ['noAlternativeExplanation', text(values.noAlternativeExplanation)],
    ['stability', text(values.stability)],
    ['urgent', { value: values.urgent }],
    ['hardDate', values.urgent ? choice(values.hardDate) : undefined],
    ['urgencyReason', values.urgent ? text(values.urgencyReason) : undefined],
    ['amount', euros(values.amount)],
    ['category', choice(values.category)],
    ['payeeKind', choice(values.payeeKind)],
    ['payeeName', text(values.payeeName)],
    ['payeeReference', text(values.payeeReference)],
    ['expectedEffect', text(values.expectedEffect)],
    ['costEstimate', euros(values.costEstimate)],
    ['costExplanation', text(values.costExplanation)],
  ];
  for (const [name, conversion] of conversions) {
    if (conversion === undefined) continue;
    if ('error' in conversion) unreadable[pathOf[name]] = conversion.error;
    else setPath(draft, pathOf[name], conversion.value);
  }
  return { draft, unreadable };
}

/** Removes one field (by path) from a draft, and the part around it when nothing else is left in it. */
export function withoutPath(draft: Record<string, unknown>, path: string): Record<string, unknown> {
  const copy = structuredClone(draft);
  const [part, leaf] = path.split('.');
  if (leaf === undefined || typeof copy[part!] !== 'object') delete copy[part!];
  else {
    const inner = copy[part!] as Record<string, unknown>;
    delete inner[leaf];
    if (Object.keys(inner).length === 0) delete copy[part!];
  }
  return copy;
}

/** What the form shows for a saved draft. */
export function fromDraft(draft: DraftRequest, language: string, today: string): RequestValues {
  const count = (n: number | undefined) => (n === undefined ? '' : String(n));
  const money = (cents: number | undefined) => eurosInput(cents, language);
  return {
    clientRef: draft.clientRef,
    consentGiven: draft.consent?.given ?? false,
    consentDate: draft.consent?.date ?? today,
    adults: count(draft.household?.adults),
    children: count(draft.household?.children),
    housing: draft.household?.housing ?? '',
    monthlyIncome: money(draft.household?.monthlyIncomeCents),
    totalDebt: money(draft.household?.totalDebtCents),
    creditorCount: count(draft.household?.creditorCount),
    situation: draft.household?.situation ?? '',
    breakthrough: draft.breakthrough ?? '',
    routesTried: [...(draft.noAlternative?.routesTried ?? [])],
    noAlternativeExplanation: draft.noAlternative?.explanation ?? '',
    stability: draft.stability ?? '',
    urgent: draft.urgency?.urgent ?? false,
    hardDate: draft.urgency?.hardDate ?? '',
    urgencyReason: draft.urgency?.reason ?? '',
    amount: money(draft.amountCents),
    category: draft.category ?? '',
    payeeKind: draft.payee?.kind ?? '',
    payeeName: draft.payee?.name ?? '',
    payeeReference: draft.payee?.reference ?? '',
    expectedEffect: draft.expectedEffect ?? '',
    costEstimate: money(draft.costOfDoingNothing?.estimateCents),
    costExplanation: draft.costOfDoingNothing?.explanation ?? '',
  };
}
