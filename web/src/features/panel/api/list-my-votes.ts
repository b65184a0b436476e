import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api/api-client';

/** The cases I voted on, with how each turned out (decision, follow-up). */
export const listMyVotes = () => callApi('listMyVotes');

export const useMyVotes = () => useQuery({ queryKey: ['my-votes'], queryFn: listMyVotes });
