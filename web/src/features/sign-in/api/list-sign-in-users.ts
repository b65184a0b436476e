import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../../domain/people/actor.schema';

export interface SignInUser {
  userId: string;
  name: string;
  role: Role;
  organisationId?: string;
  /** The organisation's name, as the fund keeps it. */
  organisation?: string;
  discipline?: string;
}
export interface SignInFund {
  fund: { id: string; name: string };
  users: SignInUser[];
}

/** The demo users of every fund (local runtime only: `GET /api/local/users`). */
async function listSignInUsers(): Promise<SignInFund[]> {
  const response = await fetch('/api/local/users', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`Could not list the demo users (${response.status})`);
  return (await response.json()) as SignInFund[];
}

export const useSignInUsers = (enabled: boolean) => useQuery({ queryKey: ['local-users'], queryFn: listSignInUsers, enabled });
