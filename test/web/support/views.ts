import type { CaseView } from '../../../web/src/lib/api/types';
import type { Vote, VoteInput } from '../../../domain/deliberation/vote.schema';

const at = '2026-11-20T10:00:00.000Z';

/** A case view as the API answers it, in deliberation, for a panel member who has not voted. */
export function aCaseView(overrides: Partial<CaseView> = {}, caseOverrides: Partial<CaseView['case']> = {}): CaseView {
  return {
    case: {
      id: 'case-1',
      fundId: 'amsterdam-demo',
      organisationId: 'madi-zuid',
      counsellor: { userId: 'sanne', name: 'Sanne de Vries', role: 'counsellor' },
      state: 'in_deliberation',
      version: 4,
      createdAt: at,
      updatedAt: at,
      request: {
        clientRef: 'MZ-0001',
        breakthrough: 'De ontruiming wordt ingetrokken.',
        stability: 'Budgetbeheer loopt.',
        amountCents: 200_000,
        category: 'rent_arrears',
      },
      openQuestions: 0,
      deliberation: { openedAt: at, urgent: false, deadline: '2026-11-27T10:00:00.000Z', pausedMs: 0 },
      ...caseOverrides,
    },
    questions: [],
    deliberation: { hasVoted: false, votes: [], comments: [], tally: null, conflicts: [] },
    history: [],
    actions: ['vote', 'askQuestion', 'declareConflict', 'comment'],
    ...overrides,
  };
}

const met = { assessment: 'met' } as const;

export function aVote(userId: string, name: string, discipline: string, input: Partial<VoteInput> = {}): Vote {
  return {
    caseId: 'case-1',
    member: { userId, name, role: 'panel_member', discipline, organisationId: `${userId}-org` },
    position: 'grant',
    rationale: 'Dit doorbreekt de situatie.',
    criteria: {
      breakthrough: { humanity: met, rules: met },
      noAlternative: { humanity: met, rules: { assessment: 'doubtful', note: 'Geen formele afwijzing.' } },
      stability: { humanity: met, rules: met },
    },
    castAt: at,
    updatedAt: at,
    revision: 1,
    ...input,
  };
}
