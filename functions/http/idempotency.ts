import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Actor } from '../../domain/people/actor.schema.js';
import { idempotencyKey } from '../api/route-parts.js';
import type { Route } from '../api/route.js';
import { findStoredAnswer, type IdempotencyClaim } from '../storage/idempotency.repository.js';
import type { Store } from '../storage/store.js';
import { fieldProblem, httpError } from './http-error.js';
import { json } from './json.js';
import type { ParsedRequest } from './parse-request.js';

/** The claim of a request to an idempotent route that carries an Idempotency-Key header; undefined without one. */
export function idempotencyClaim(route: Route, event: APIGatewayProxyEventV2, actor: Actor | undefined, parsed: ParsedRequest): IdempotencyClaim | undefined {
  const key = event.headers['idempotency-key'];
  if (!route.idempotent || key === undefined || !actor) return undefined;
  if (!idempotencyKey.safeParse(key).success)
    throw httpError(400, 'invalid_idempotency_key', 'The Idempotency-Key must be 8 to 100 letters, digits or - _ . : (a UUID fits).', {
      code: 'validation',
      fields: [fieldProblem('header.idempotency-key', 'invalid_idempotency_key', 'Not a valid idempotency key.')],
    });
  const fingerprint = createHash('sha256').update(JSON.stringify([route.operationId, parsed.params, parsed.body])).digest('base64url');
  return { fundId: actor.fundId, userId: actor.userId, key, fingerprint, status: route.successStatus ?? 200 };
}

/**
 * After a request with a key failed: the first answer when this is a repeat of a request that
 * succeeded, a 422 when the key was used for another request, undefined when the key is new.
 */
export async function repeatedAnswer(store: Store, claim: IdempotencyClaim): Promise<APIGatewayProxyStructuredResultV2 | undefined> {
  const stored = await findStoredAnswer(store, claim);
  if (!stored) return undefined;
  if (stored.fingerprint !== claim.fingerprint)
    throw httpError(422, 'idempotency_key_reused', 'This Idempotency-Key was used for another request: use a new key for a new request.', {
      fields: [fieldProblem('header.idempotency-key', 'idempotency_key_reused', 'Already used for a different request.')],
    });
  return json(stored.status, stored.body, { 'idempotent-replayed': 'true' });
}
