import type { DecisionInput } from '../../domain/case/case.schema.js';
import type { DraftRequest } from '../../domain/case/request.schema.js';
import type { Position, VoteInput } from '../../domain/deliberation/vote.schema.js';

/** A complete, valid request as a counsellor would write it. */
export const aRequest = (overrides: Partial<DraftRequest> = {}): DraftRequest => ({
  clientRef: 'TEST-0001',
  consent: { given: true, date: '2026-11-01' },
  household: {
    adults: 1,
    children: 2,
    housing: 'social_rent',
    monthlyIncomeCents: 1_600_00,
    totalDebtCents: 8_000_00,
    creditorCount: 5,
    situation: 'Alleenstaande ouder, huurachterstand door ziekte.',
  },
  breakthrough: 'De ontruiming wordt ingetrokken en de schuldregeling kan starten.',
  noAlternative: { routesTried: ['special_assistance'], explanation: 'Bijzondere bijstand afgewezen wegens inkomen.' },
  stability: 'Budgetbeheer loopt; de huur wordt automatisch betaald.',
  urgency: { urgent: false },
  amountCents: 2_000_00,
  category: 'rent_arrears',
  payee: { kind: 'landlord', name: 'Woonstichting', reference: 'Contract 12-B' },
  expectedEffect: 'Geen ontruiming, schuldregeling start.',
  costOfDoingNothing: { estimateCents: 15_000_00, explanation: 'Ontruiming en opvang voor drie personen.' },
  ...overrides,
});

const met = { assessment: 'met' } as const;

export const aVote = (position: Position = 'grant', rationale = 'Dit doorbreekt de situatie.'): VoteInput => ({
  position,
  rationale,
  criteria: {
    breakthrough: { humanity: met, rules: met },
    noAlternative: { humanity: met, rules: { assessment: 'doubtful', note: 'Geen formele afwijzing.' } },
    stability: { humanity: met, rules: met },
  },
});

export const aGrant = (amountCents = 2_000_00): DecisionInput => ({
  outcome: 'granted',
  amountCents,
  reasoning: 'De panelleden zien een echte doorbraak.',
});
