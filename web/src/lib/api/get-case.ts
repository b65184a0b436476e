import { useQuery } from '@tanstack/react-query';
import { callApi } from './api-client';

export const caseKey = (caseId: string) => ['case', caseId] as const;

/** A case with its questions, history and what the caller may see of the deliberation. */
export const getCase = (caseId: string) => callApi('getCase', { params: { caseId } });

export const useCase = (caseId: string) => useQuery({ queryKey: caseKey(caseId), queryFn: () => getCase(caseId) });
