import type { Role } from '../../domain/people/actor.schema.js';
import type { Profile, User } from '../../domain/people/user.schema.js';
import { store } from '../storage/store.js';
import { cognitoUserDirectory } from './cognito-user-directory.js';
import { localUserDirectory } from './local-user-directory.js';

/** Someone the programme manager asks into their fund. `userId` is the id locally; Cognito assigns its own (`sub`). */
export type Invitation = Omit<User, 'disabled' | 'role'> & {
  email: string;
  role: Exclude<Role, 'programme_manager'>;
  organisationId: string;
};

/**
 * The accounts of a fund, wherever they live: Cognito on AWS, the table locally. Implementations
 * match this shape without importing it, so that this file can choose between them without an import cycle.
 */
export interface UserDirectory {
  /** Every account of one fund, enabled or not. */
  listUsers: (fundId: string) => Promise<User[]>;
  /** Creates the account and sends the invitation; 'exists' when the e-mail address has an account already. */
  invite: (invitation: Invitation) => Promise<User | 'exists'>;
  /** One account of the fund; undefined when the fund has no such user. */
  findUser: (fundId: string, userId: string) => Promise<User | undefined>;
  /** Stops the user signing in. */
  disable: (user: User) => Promise<User>;
  /**
   * Gives the user another role, organisation or discipline. Their tokens carry these as claims, so
   * the user acts with the new ones from their next token (a sign-in, or the hourly renewal) on.
   */
  change: (user: User, profile: Profile) => Promise<User>;
  /** Lets a disabled user sign in again. */
  enable: (user: User) => Promise<User>;
}

let directory: UserDirectory | undefined;

/** Cognito when the function runs beside a user pool (USER_POOL_ID), the local user store otherwise. */
export function userDirectory(): UserDirectory {
  const userPoolId = process.env.USER_POOL_ID;
  directory ??= userPoolId ? cognitoUserDirectory(userPoolId) : localUserDirectory(store());
  return directory;
}
