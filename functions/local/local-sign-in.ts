import * as z from 'zod';
import type { User } from '../../domain/people/user.schema.js';
import { listFunds } from '../fund/fund.repository.js';
import { getUser, listUsers } from '../people/user.repository.js';
import type { Store } from '../storage/store.js';
import { demoUsers } from './demo/demo-funds.js';
import type { LocalIdentity } from './local-identity.js';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const signInSchema = z.strictObject({ fundId: id, userId: id });

const isDemoUser = (user: User) => demoUsers.some((d) => d.fundId === user.fundId && d.userId === user.userId);

/**
 * The demo users of every fund, for the local sign-in page: only the seeded demo accounts that are
 * still enabled, and only what the page shows (never an e-mail address or an invited colleague).
 */
export async function listSignInUsers(store: Store) {
  const funds = await listFunds(store);
  return Promise.all(
    funds.map(async (fund) => ({
      fund: { id: fund.id, name: fund.name },
      users: (await listUsers(store, fund.id))
        .filter((u) => !u.disabled && isDemoUser(u))
        .map(({ userId, name, role, organisationId, discipline }) => ({
          userId, name, role, organisationId, discipline,
          organisation: fund.organisations.find((o) => o.id === organisationId)?.name,
        })),
    })),
  );
}

/** Issues a token for an existing, enabled user: what Cognito's hosted sign-in does on AWS. */
export async function signIn(store: Store, identity: LocalIdentity, input: z.infer<typeof signInSchema>): Promise<{ token: string; user: User } | undefined> {
  const user = await getUser(store, input.fundId, input.userId);
  if (!user || user.disabled) return undefined;
  return { token: await identity.issue(user), user };
}
