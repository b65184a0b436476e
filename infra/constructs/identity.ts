import { Duration } from 'aws-cdk-lib';
import type {
  UserPoolClient,
  UserPoolDomain} from 'aws-cdk-lib/aws-cognito';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { roles } from '../../domain/people/actor.schema.js';
import { customAttributes, MAX_TOKEN_LIFETIME_SECONDS, mutableAttributes } from '../../functions/people/claims.js';
import type { Stage } from '../stage.js';

/** Where the web app lands after signing in and out (the web app's callback route). */
export const callbackPath = '/auth/callback';

const roleDescriptions: Record<(typeof roles)[number], string> = {
  counsellor: 'Counsellors: submit and follow their organisation’s requests',
  panel_member: 'Panel members: deliberate and vote',
  programme_manager: 'Programme managers: screen, open deliberation, decide, administer the fund’s users',
};

/**
 * Who may sign in: accounts only by invitation, strong passwords, TOTP required, threat protection.
 * The role is a group and the fund, organisation and discipline are custom attributes; both reach
 * the ID token's claims (`cognito:groups`, `custom:fund`, …), which is what the handlers read.
 */
export class Identity extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  readonly webClient: UserPoolClient;

  constructor(scope: Construct, id: string, props: { stage: Stage; webUrl: string }) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: true, mutable: true } },
      // The fund is immutable: nobody moves an account to another fund. The people function changes the
      // organisation (`org`) and discipline for the programme manager; users may write their name only (below).
      // Cognito cannot change an existing attribute's mutability, so `organisation` stays as it was created.
      customAttributes: Object.fromEntries(
        customAttributes.map((name) => [name, new StringAttribute({ minLen: 1, maxLen: 64, mutable: mutableAttributes.includes(name) })]),
      ),
      passwordPolicy: {
        minLength: 14, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Uitnodiging voor het Doorbraakfonds',
        emailBody:
          'U bent uitgenodigd voor het Doorbraakfonds. Uw gebruikersnaam is {username} en uw tijdelijke wachtwoord is {####}. ' +
          `Meld u binnen drie dagen aan op ${props.webUrl}/ en stel een authenticator-app in.`,
      },
      deletionProtection: props.stage.prod,
      removalPolicy: props.stage.removalPolicy,
    });
    for (const role of roles) new CfnUserPoolGroup(this, `Group-${role}`, { userPoolId: this.userPool.userPoolId, groupName: role, description: roleDescriptions[role] });

    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: props.stage.authDomainPrefix } });
    this.webClient = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${props.webUrl}${callbackPath}`],
        logoutUrls: [`${props.webUrl}/`],
      },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // The API refuses a token that lives longer (functions/people/claims.ts); the refresh token renews them.
      idTokenValidity: Duration.seconds(MAX_TOKEN_LIFETIME_SECONDS),
      accessTokenValidity: Duration.seconds(MAX_TOKEN_LIFETIME_SECONDS),
      refreshTokenValidity: Duration.hours(12),
      // Users may change their name only, never the attributes that decide what they may see.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
  }
}
