import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peopleRoutes } from '../../functions/people/people.routes.js';
import { identify } from '../../functions/http/identify.js';
import { lifetimeRefusal, MAX_TOKEN_LIFETIME_SECONDS } from '../../functions/people/claims.js';

const NOW = 1_800_000_000;
const MAX = MAX_TOKEN_LIFETIME_SECONDS;

/** Times around the edges that matter (now, the maximum lifetime) and anywhere else, missing ones included. */
const time = fc.option(
  fc.oneof(
    fc.integer({ min: NOW - 3 * MAX, max: NOW + 3 * MAX }),
    fc.integer({ min: NOW - 5, max: NOW + 5 }),
    fc.integer({ min: NOW - MAX - 5, max: NOW - MAX + 5 }),
    fc.integer({ min: 0, max: 4_000_000_000 }),
  ),
  { nil: undefined },
);
/** API Gateway passes claims as strings, a locally verified token as numbers: both spellings. */
const spelled = (t: number | undefined, asString: boolean) => (t === undefined ? undefined : asString ? String(t) : t);

/** The rule, written out plainly: what the API must accept. */
const acceptable = (iat: number | undefined, exp: number | undefined) =>
  exp !== undefined && iat !== undefined && exp > NOW && iat <= NOW + 60 && exp - iat <= MAX;

const counsellorClaims = { sub: 'youssef', name: 'Youssef', 'cognito:groups': '[counsellor]', 'custom:fund': 'amsterdam-demo', 'custom:organisation': 'buurtteam-west' };
const eventWith = (claims: Record<string, unknown>) =>
  ({ requestContext: { authorizer: { jwt: { claims } } } }) as unknown as APIGatewayProxyEventV2;

describe('a token lives at most the configured maximum, and says when it ends', () => {
  it('is one hour, as the CDK app sets the Cognito tokens', () => expect(MAX).toBe(3600));

  it('accepts exactly the tokens with an expiry in the future and a lifetime within the maximum', () => {
    fc.assert(
      fc.property(time, time, fc.boolean(), (iat, exp, asString) => {
        const refusal = lifetimeRefusal({ iat: spelled(iat, asString), exp: spelled(exp, asString) }, NOW);
        expect(refusal === undefined).toBe(acceptable(iat, exp));
        if (exp === undefined) expect(refusal).toBe('token_without_expiry');
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses other spellings of a time as no time at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean()), (exp) => {
        fc.pre(!(typeof exp === 'string' && /^\d{1,12}$/.test(exp)) && !(typeof exp === 'number' && Number.isFinite(exp)));
        expect(lifetimeRefusal({ iat: NOW, exp }, NOW)).toBe('token_without_expiry');
      }),
      { numRuns: 300 },
    );
  });

  it('answers 401 with the reason from the API itself, whatever the authorizer let through', async () => {
    await fc.assert(
      fc.asyncProperty(time, time, async (iat, exp) => {
        fc.pre(!acceptable(iat, exp));
        const claims = { ...counsellorClaims, ...(iat !== undefined ? { iat: String(iat) } : {}), ...(exp !== undefined ? { exp: String(exp) } : {}) };
        const refused = await identify(peopleRoutes.getMe, eventWith(claims), NOW * 1000).then(
          () => undefined,
          (error: { status: number; body: { error: { reason: string } } }) => error,
        );
        expect(refused?.status).toBe(401);
        expect(['token_without_expiry', 'token_lifetime_too_long', 'unauthenticated']).toContain(refused?.body.error.reason);
      }),
      { numRuns: 300 },
    );
  });
});
