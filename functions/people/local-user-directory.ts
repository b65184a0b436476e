import { withProfile, type Profile, type User } from '../../domain/people/user.schema.js';
import type { Store } from '../storage/store.js';
import { getUser, listUsers, putUser } from './user.repository.js';

/** The user store of `npm start` and the tests: accounts as items of the table; no e-mail is sent. */
export function localUserDirectory(store: Store) {
  return {
    listUsers: (fundId: string) => listUsers(store, fundId),

    async invite(invitation: Omit<User, 'disabled'>): Promise<User | 'exists'> {
      const email = invitation.email?.toLowerCase();
      const taken = (await listUsers(store, invitation.fundId)).some((u) => email !== undefined && u.email?.toLowerCase() === email);
      if (taken) return 'exists';
      const user: User = { ...invitation, email, disabled: false };
      await putUser(store, user);
      return user;
    },

    findUser: (fundId: string, userId: string) => getUser(store, fundId, userId),

    async disable(user: User): Promise<User> {
      const disabled = { ...user, disabled: true };
      await putUser(store, disabled);
      return disabled;
    },

    async change(user: User, profile: Profile): Promise<User> {
      const changed = withProfile(user, profile);
      await putUser(store, changed);
      return changed;
    },

    async enable(user: User): Promise<User> {
      const enabled = { ...user, disabled: false };
      await putUser(store, enabled);
      return enabled;
    },
  };
}
