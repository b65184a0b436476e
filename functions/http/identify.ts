import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Actor } from '../../domain/people/actor.schema.js';
import type { Route } from '../api/route.js';
import { actorFromClaims } from '../people/actor-from-claims.js';
import { lifetimeRefusal, MAX_TOKEN_LIFETIME_SECONDS } from '../people/claims.js';
import { disabledUsers } from './disabled-users.js';
import { httpError } from './http-error.js';

type Claims = Parameters<typeof actorFromClaims>[0];

const lifetimeMessages = {
  token_without_expiry: 'Your token does not say when it expires: sign in again.',
  token_lifetime_too_long: `Your token lives longer than ${MAX_TOKEN_LIFETIME_SECONDS / 60} minutes: sign in again.`,
  unauthenticated: 'Your token has expired: sign in again.',
} as const;

/**
 * The caller, from the claims API Gateway's JWT authorizer verified (locally: the local server's
 * verifier). 401 without a usable identity: no token, a token without expiry or living longer than
 * the maximum (the authorizer checks neither), or a user disabled since the token was issued (from
 * the process's cached disabled list, so no request of its own); 403 when the role may not call this route.
 */
export async function identify(route: Route, event: APIGatewayProxyEventV2, nowMs = Date.now()): Promise<Actor> {
  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Claims } } }).authorizer?.jwt?.claims;
  if (!claims) throw httpError(401, 'unauthenticated', 'Sign in first: this route needs a bearer token.');
  const refusal = lifetimeRefusal(claims, Math.floor(nowMs / 1000));
  if (refusal)
    throw httpError(401, refusal, lifetimeMessages[refusal], refusal === 'token_lifetime_too_long' ? { params: { maxMinutes: MAX_TOKEN_LIFETIME_SECONDS / 60 } } : {});
  const actor = actorFromClaims(claims);
  if (!actor) throw httpError(401, 'unauthenticated', 'Your token does not say who you are in which fund: sign in again.');
  if (await disabledUsers.isDisabled(actor.fundId, actor.userId))
    throw httpError(401, 'user_disabled', 'Your account has been disabled.');
  if (route.roles !== 'public' && !route.roles.includes(actor.role))
    throw httpError(403, 'role_not_allowed', `A ${actor.role.replace('_', ' ')} cannot ${route.summary.toLowerCase()}`);
  return actor;
}
