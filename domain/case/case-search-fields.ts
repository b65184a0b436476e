/** The fields a case search can have (case-search.ts), without zod: a list screen knows them before it needs the schema. */
export const caseSearchFields = ['state', 'category', 'urgency', 'from', 'to', 'clientRef'] as const;
export type CaseSearchField = (typeof caseSearchFields)[number];
