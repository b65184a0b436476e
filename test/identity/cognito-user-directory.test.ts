import { UserNotFoundException, UsernameExistsException, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { actorFromClaims } from '../../functions/people/actor-from-claims.js';
import { cognitoActions, cognitoUserDirectory } from '../../functions/people/cognito-user-directory.js';

const attrs = (values: Record<string, string>) => Object.entries(values).map(([Name, Value]) => ({ Name, Value }));
const cognitoUser = (sub: string, fund: string, extra: Record<string, string> = {}) => ({
  Username: sub, Enabled: true, Attributes: attrs({ sub, name: `User ${sub}`, email: `${sub}@example.org`, 'custom:fund': fund, ...extra }),
});

/** A stand-in for Cognito that records each call and answers from a small table of users. */
function fakeCognito(answers: Record<string, (input: any) => unknown>) {
  const calls: { command: string; input: any }[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: unknown }) => {
      const name = command.constructor.name.replace(/Command$/, '');
      calls.push({ command: name, input: command.input });
      const answer = answers[name];
      if (!answer) throw new Error(`unexpected call ${name}`);
      return answer(command.input);
    },
  } as unknown as CognitoIdentityProviderClient;
  return { client, calls };
}

const allowed = new Set(Object.values(cognitoActions).flat().map((a) => a.replace('cognito-idp:', '')));

describe('the Cognito user directory', () => {
  it("lists one fund's users with their role from their group", async () => {
    const { client, calls } = fakeCognito({
      ListUsersInGroup: ({ GroupName }) => ({
        Users: GroupName === 'counsellor' ? [cognitoUser('a', 'fund-1', { 'custom:organisation': 'org' }), cognitoUser('b', 'fund-2')] : [],
      }),
    });
    const users = await cognitoUserDirectory('pool', client).listUsers('fund-1');
    expect(users).toEqual([{ userId: 'a', name: 'User a', email: 'a@example.org', fundId: 'fund-1', role: 'counsellor', organisationId: 'org', disabled: false }]);
    expect(calls.every((c) => allowed.has(c.command))).toBe(true);
  });

  it('invites with the attributes that become claims, into the role group, and reports a taken address', async () => {
    const { client, calls } = fakeCognito({
      AdminCreateUser: ({ UserAttributes }) => ({ User: { Username: 'new-sub', Enabled: true, Attributes: [...UserAttributes, { Name: 'sub', Value: 'new-sub' }] } }),
      AdminAddUserToGroup: () => ({}),
    });
    const invitation = { userId: 'x', fundId: 'fund-1', email: 'p@example.org', name: 'P', role: 'panel_member' as const, organisationId: 'ggd', discipline: 'legal' };
    const invited = await cognitoUserDirectory('pool', client).invite(invitation);
    expect(invited).toMatchObject({ userId: 'new-sub', fundId: 'fund-1', role: 'panel_member', discipline: 'legal', disabled: false });
    expect(calls[0]!.input.UserAttributes).toEqual(expect.arrayContaining([
      { Name: 'custom:fund', Value: 'fund-1' }, { Name: 'custom:org', Value: 'ggd' }, { Name: 'custom:discipline', Value: 'legal' },
    ]));
    expect(calls[1]).toEqual({ command: 'AdminAddUserToGroup', input: { UserPoolId: 'pool', Username: 'new-sub', GroupName: 'panel_member' } });

    const taken = fakeCognito({ AdminCreateUser: () => { throw new UsernameExistsException({ message: 'exists', $metadata: {} }); } });
    expect(await cognitoUserDirectory('pool', taken.client).invite(invitation)).toBe('exists');
  });

  it('finds a user only within the fund, and disables and signs them out', async () => {
    const { client, calls } = fakeCognito({
      AdminGetUser: ({ Username }) => {
        if (Username !== 'a') throw new UserNotFoundException({ message: 'no', $metadata: {} });
        const { Attributes, Enabled } = cognitoUser('a', 'fund-1');
        return { UserAttributes: Attributes, Enabled };
      },
      AdminListGroupsForUser: () => ({ Groups: [{ GroupName: 'counsellor' }] }),
      AdminDisableUser: () => ({}),
      AdminUserGlobalSignOut: () => ({}),
    });
    const directory = cognitoUserDirectory('pool', client);
    expect(await directory.findUser('fund-2', 'a')).toBeUndefined();
    expect(await directory.findUser('fund-1', 'nobody')).toBeUndefined();
    const user = await directory.findUser('fund-1', 'a');
    expect(user).toMatchObject({ userId: 'a', role: 'counsellor' });
    expect(await directory.disable(user!)).toMatchObject({ disabled: true });
    expect(calls.slice(-2).map((c) => c.command)).toEqual(['AdminDisableUser', 'AdminUserGlobalSignOut']);
    expect(calls.every((c) => allowed.has(c.command))).toBe(true);
  });

  it('changes role, organisation and discipline: the attributes that become claims, and the group', async () => {
    const { client, calls } = fakeCognito({
      AdminUpdateUserAttributes: () => ({}), AdminDeleteUserAttributes: () => ({}), AdminAddUserToGroup: () => ({}), AdminRemoveUserFromGroup: () => ({}),
    });
    const kees = { userId: 'k', name: 'Kees', fundId: 'fund-1', role: 'panel_member' as const, organisationId: 'ggd', discipline: 'housing', disabled: false };
    const changed = await cognitoUserDirectory('pool', client).change(kees, { role: 'counsellor', organisationId: 'madi-zuid' });
    expect(changed).toEqual({ userId: 'k', name: 'Kees', fundId: 'fund-1', role: 'counsellor', organisationId: 'madi-zuid', disabled: false });
    expect(calls).toEqual([
      { command: 'AdminUpdateUserAttributes', input: { UserPoolId: 'pool', Username: 'k', UserAttributes: [{ Name: 'custom:org', Value: 'madi-zuid' }] } },
      { command: 'AdminDeleteUserAttributes', input: { UserPoolId: 'pool', Username: 'k', UserAttributeNames: ['custom:discipline'] } },
      // Into the new group before out of the old one: never in no group at all.
      { command: 'AdminAddUserToGroup', input: { UserPoolId: 'pool', Username: 'k', GroupName: 'counsellor' } },
      { command: 'AdminRemoveUserFromGroup', input: { UserPoolId: 'pool', Username: 'k', GroupName: 'panel_member' } },
    ]);
    expect(calls.every((c) => allowed.has(c.command))).toBe(true);

    const sameRole = fakeCognito({ AdminUpdateUserAttributes: () => ({}) });
    await cognitoUserDirectory('pool', sameRole.client).change(kees, { role: 'panel_member', organisationId: 'ggd', discipline: 'legal' });
    expect(sameRole.calls.map((c) => c.command)).toEqual(['AdminUpdateUserAttributes']);
  });

  it('enables a disabled user', async () => {
    const { client, calls } = fakeCognito({ AdminEnableUser: () => ({}) });
    const user = { userId: 'a', name: 'A', fundId: 'fund-1', role: 'counsellor' as const, organisationId: 'org', disabled: true };
    expect(await cognitoUserDirectory('pool', client).enable(user)).toMatchObject({ disabled: false });
    expect(calls).toEqual([{ command: 'AdminEnableUser', input: { UserPoolId: 'pool', Username: 'a' } }]);
    expect(calls.every((c) => allowed.has(c.command))).toBe(true);
  });

  it('reads the organisation of an account invited before it could change from custom:organisation, and the current one first', async () => {
    const { client } = fakeCognito({
      ListUsersInGroup: ({ GroupName }) => ({
        Users: GroupName === 'counsellor'
          ? [cognitoUser('old', 'fund-1', { 'custom:organisation': 'first' }), cognitoUser('moved', 'fund-1', { 'custom:organisation': 'first', 'custom:org': 'now' })]
          : [],
      }),
    });
    const users = await cognitoUserDirectory('pool', client).listUsers('fund-1');
    expect(users.map((u) => [u.userId, u.organisationId])).toEqual([['old', 'first'], ['moved', 'now']]);
    const claims = { sub: 'moved', 'cognito:groups': '[counsellor]', 'custom:fund': 'fund-1' };
    expect(actorFromClaims({ ...claims, 'custom:organisation': 'first', 'custom:org': 'now' })?.organisationId).toBe('now');
    expect(actorFromClaims({ ...claims, 'custom:organisation': 'first' })?.organisationId).toBe('first');
  });
});
