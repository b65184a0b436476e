import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type * as z from 'zod';
import type { invitationSchema, UserChange } from '../../../../../domain/people/user.schema';
import { callApi } from '../../../lib/api/api-client';

const usersKey = ['users'] as const;

/** The fund's counsellors, panel members and managers, enabled or not. */
export const useUsers = () => useQuery({ queryKey: usersKey, queryFn: () => callApi('listUsers') });

/** A change to the fund's people: the list is read again once it is made. */
function useUsersChange<T, R>(change: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => void queryClient.invalidateQueries({ queryKey: usersKey }) });
}

export const useInviteUser = () => useUsersChange((invitation: z.output<typeof invitationSchema>) => callApi('inviteUser', { body: invitation }));

export const useDisableUser = () => useUsersChange((userId: string) => callApi('disableUser', { params: { userId } }));

/** A counsellor's or panel member's new role, organisation and discipline. */
export const useChangeUser = () =>
  useUsersChange(({ userId, change }: { userId: string; change: UserChange }) => callApi('changeUser', { params: { userId }, body: change }));

export const useEnableUser = () => useUsersChange((userId: string) => callApi('enableUser', { params: { userId } }));
