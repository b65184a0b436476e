import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ListUsersInGroupCommand,
  UserNotFoundException,
  UsernameExistsException,
  type AttributeType,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { roles, type Role } from '../../domain/people/actor.schema.js';
import { withProfile, type Profile, type User } from '../../domain/people/user.schema.js';
import { claimNames } from './claims.js';

/**
 * The Cognito actions each directory operation calls: the CDK app grants a function exactly these
 * on the user pool. Change them together with the calls below.
 */
export const cognitoActions = {
  listUsers: ['cognito-idp:ListUsersInGroup'],
  invite: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminAddUserToGroup'],
  findUser: ['cognito-idp:AdminGetUser', 'cognito-idp:AdminListGroupsForUser'],
  disable: ['cognito-idp:AdminDisableUser', 'cognito-idp:AdminUserGlobalSignOut'],
  change: [
    'cognito-idp:AdminUpdateUserAttributes', 'cognito-idp:AdminDeleteUserAttributes',
    'cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminRemoveUserFromGroup',
  ],
  enable: ['cognito-idp:AdminEnableUser'],
} as const;

const attribute = (attributes: AttributeType[] | undefined, name: string) => attributes?.find((a) => a.Name === name)?.Value;

/** A Cognito user as the domain knows it; undefined when it lacks what a user of a fund needs. */
function userOf(cognitoUser: UserType, role: Role | undefined): User | undefined {
  const attributes = cognitoUser.Attributes;
  const userId = attribute(attributes, claimNames.subject);
  const fundId = attribute(attributes, claimNames.fund);
  if (!userId || !fundId || !role) return undefined;
  const organisationId = attribute(attributes, claimNames.organisation) ?? attribute(attributes, claimNames.firstOrganisation);
  const discipline = attribute(attributes, claimNames.discipline);
  const email = attribute(attributes, 'email');
  return {
    userId,
    name: attribute(attributes, claimNames.name) ?? email ?? userId,
    fundId,
    role,
    ...(organisationId ? { organisationId } : {}),
    ...(discipline ? { discipline } : {}),
    ...(email ? { email } : {}),
    disabled: cognitoUser.Enabled === false,
  };
}

const attributesOf = (user: Omit<User, 'disabled'>): AttributeType[] =>
  [
    ['email', user.email],
    ['email_verified', 'true'],
    [claimNames.name, user.name],
    [claimNames.fund, user.fundId],
    [claimNames.organisation, user.organisationId],
    [claimNames.discipline, user.discipline],
  ]
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([Name, Value]) => ({ Name, Value }));

/**
 * The fund's accounts in a Cognito user pool: the role is the user's group, the fund, organisation
 * and discipline are custom attributes, so that they reach the ID token's claims.
 */
export function cognitoUserDirectory(userPoolId: string, client = new CognitoIdentityProviderClient({})) {
  async function usersInGroup(role: Role): Promise<UserType[]> {
    const found: UserType[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new ListUsersInGroupCommand({ UserPoolId: userPoolId, GroupName: role, NextToken }));
      found.push(...(page.Users ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    return found;
  }

  async function roleOf(username: string): Promise<Role | undefined> {
    const groups = await client.send(new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username }));
    return groups.Groups?.map((g) => g.GroupName).find((g): g is Role => (roles as readonly (string | undefined)[]).includes(g));
  }

  return {
    async listUsers(fundId: string): Promise<User[]> {
      const perRole = await Promise.all(roles.map(async (role) => (await usersInGroup(role)).map((u) => userOf(u, role))));
      return perRole.flat().filter((u): u is User => u?.fundId === fundId);
    },

    async invite(invitation: Omit<User, 'disabled'>): Promise<User | 'exists'> {
      try {
        const created = await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: invitation.email,
            UserAttributes: attributesOf(invitation),
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        );
        const username = created.User?.Username ?? invitation.email;
        await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: invitation.role }));
        return created.User ? (userOf(created.User, invitation.role) ?? { ...invitation, disabled: false }) : { ...invitation, disabled: false };
      } catch (error) {
        if (error instanceof UsernameExistsException) return 'exists';
        throw error;
      }
    },

    async findUser(fundId: string, userId: string): Promise<User | undefined> {
      try {
        // Cognito accepts the user's `sub` wherever it asks for a username.
        const found = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: userId }));
        const user = userOf({ Attributes: found.UserAttributes, Enabled: found.Enabled }, await roleOf(userId));
        return user?.fundId === fundId ? user : undefined;
      } catch (error) {
        if (error instanceof UserNotFoundException) return undefined;
        throw error;
      }
    },

    async disable(user: User): Promise<User> {
      await client.send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: user.userId }));
      // Ends the user's refresh tokens too, so a disabled user is out within the ID token's lifetime.
      await client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: user.userId }));
      return { ...user, disabled: true };
    },

    async change(user: User, profile: Profile): Promise<User> {
      const Username = user.userId;
      await client.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: userPoolId, Username,
          UserAttributes: [
            ...(profile.organisationId !== undefined ? [{ Name: claimNames.organisation, Value: profile.organisationId }] : []),
            ...(profile.discipline !== undefined ? [{ Name: claimNames.discipline, Value: profile.discipline }] : []),
          ],
        }),
      );
      if (profile.discipline === undefined && user.discipline !== undefined)
        await client.send(new AdminDeleteUserAttributesCommand({ UserPoolId: userPoolId, Username, UserAttributeNames: [claimNames.discipline] }));
      if (profile.role !== user.role) {
        // Into the new group first: a failure between the two calls leaves the user in both (the list shows the
        // first), never in none, which would lock them out; repeating the change finishes it.
        await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username, GroupName: profile.role }));
        await client.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username, GroupName: user.role }));
      }
      return withProfile(user, profile);
    },

    async enable(user: User): Promise<User> {
      await client.send(new AdminEnableUserCommand({ UserPoolId: userPoolId, Username: user.userId }));
      return { ...user, disabled: false };
    },
  };
}
