/**
 * The token claims the handlers read, as Cognito issues them in the ID token (the access token has
 * no custom attributes) and API Gateway's JWT authorizer passes them on. The local sign-in issues
 * the same claims; the CDK app defines the same custom attributes.
 */
export const claimNames = {
  subject: 'sub',
  name: 'name',
  groups: 'cognito:groups',
  fund: 'custom:fund',
  organisation: 'custom:organisation',
  discipline: 'custom:discipline',
} as const;

/** The custom user attributes behind the custom claims (without the `custom:` prefix). */
export const customAttributes = ['fund', 'organisation', 'discipline'] as const;

/**
 * The audience of the local sign-in's tokens. On AWS the JWT authorizer checks the audience instead:
 * there it is the Cognito web client's id, which Cognito generates (infra/constructs/api.ts).
 */
export const tokenAudience = 'doorbraak-web';
