import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Actor } from '../../domain/people/actor.schema.js';
import type { Route } from '../api/route.js';
import { actorFromClaims } from '../people/actor-from-claims.js';
import { httpError } from './http-error.js';

type Claims = Parameters<typeof actorFromClaims>[0];

/**
 * The caller, from the claims API Gateway's JWT authorizer verified (locally: the local server's
 * verifier). 401 without a usable identity, 403 when the role may not call this route.
 */
export function identify(route: Route, event: APIGatewayProxyEventV2): Actor {
  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Claims } } }).authorizer?.jwt?.claims;
  if (!claims) throw httpError(401, 'unauthenticated', 'Sign in first: this route needs a bearer token.');
  const actor = actorFromClaims(claims);
  if (!actor) throw httpError(401, 'unauthenticated', 'Your token does not say who you are in which fund: sign in again.');
  if (route.roles !== 'public' && !route.roles.includes(actor.role))
    throw httpError(403, 'role_not_allowed', `A ${actor.role.replace('_', ' ')} cannot ${route.summary.toLowerCase()}`);
  return actor;
}
