/**
 * A case's short number: the start of its id, enough to tell a fund's cases apart in a message or
 * on the phone, and nothing about the client (unlike the client reference, which stays in the app).
 */
export const caseNumber = (caseId: string): string => caseId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8).toUpperCase();
