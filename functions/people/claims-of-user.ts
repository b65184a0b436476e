import type { Actor } from '../../domain/people/actor.schema.js';
import { claimNames } from './claims.js';

/** The claims a token for this user carries: the same names Cognito gives them. */
export function claimsOf(actor: Actor): Record<string, string | string[]> {
  return {
    [claimNames.subject]: actor.userId,
    [claimNames.name]: actor.name,
    [claimNames.groups]: [actor.role],
    [claimNames.fund]: actor.fundId,
    ...(actor.organisationId ? { [claimNames.organisation]: actor.organisationId } : {}),
    ...(actor.discipline ? { [claimNames.discipline]: actor.discipline } : {}),
  };
}
