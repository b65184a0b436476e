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
  /** The organisation as it is now: the programme manager can move a counsellor or panel member to another one. */
  organisation: 'custom:org',
  /**
   * The organisation of an account invited before organisations could change. Cognito made it
   * immutable and cannot make an existing attribute mutable, so the current one has an attribute of
   * its own (`custom:org`, which wins); this one is only read, for accounts that lack `custom:org`.
   */
  firstOrganisation: 'custom:organisation',
  discipline: 'custom:discipline',
} as const;

/** The custom user attributes behind the custom claims (without the `custom:` prefix). */
export const customAttributes = ['fund', 'organisation', 'discipline', 'org'] as const;

/**
 * The custom attributes the people function may change (AdminUpdateUserAttributes). The fund never
 * changes. Users themselves change none of them: the web client may write the name only.
 */
export const mutableAttributes: readonly (typeof customAttributes)[number][] = ['discipline', 'org'];

/**
 * The audience of the local sign-in's tokens. On AWS the JWT authorizer checks the audience instead:
 * there it is the Cognito web client's id, which Cognito generates (infra/constructs/api.ts).
 */
export const tokenAudience = 'doorbraak-web';

/**
 * The longest a token may live, from issue to expiry, in seconds: Cognito's ID-token default, and
 * what the CDK app sets the ID and access tokens to (refresh tokens renew them). The API refuses a
 * longer one itself, because API Gateway's JWT authorizer checks that a token has not expired, but
 * not how long it was made to live.
 */
export const MAX_TOKEN_LIFETIME_SECONDS = 60 * 60;

/** How far a token's issue time may lie ahead of this machine's clock (clocks drift a little). */
const CLOCK_SKEW_SECONDS = 60;

/** API Gateway passes every claim as a string ("1700000000"); a token verified locally passes a number. */
function secondsClaim(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export type LifetimeRefusal = 'token_without_expiry' | 'token_lifetime_too_long' | 'unauthenticated';

/**
 * Why a token's times make it unusable, or undefined when they are fine: it must say when it
 * expires and when it was issued, be unexpired, not be issued in the future, and live at most
 * MAX_TOKEN_LIFETIME_SECONDS. (An issue time in the future would otherwise let a far expiry pass.)
 */
export function lifetimeRefusal(claims: { exp?: unknown; iat?: unknown }, nowSeconds: number, maxSeconds = MAX_TOKEN_LIFETIME_SECONDS): LifetimeRefusal | undefined {
  const exp = secondsClaim(claims.exp);
  const iat = secondsClaim(claims.iat);
  if (exp === undefined) return 'token_without_expiry';
  if (exp <= nowSeconds) return 'unauthenticated';
  if (iat === undefined || iat > nowSeconds + CLOCK_SKEW_SECONDS || exp - iat > maxSeconds) return 'token_lifetime_too_long';
  return undefined;
}
