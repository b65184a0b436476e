import type * as z from 'zod';
import { rolesOf, type CaseAction } from '../../domain/case/actions.js';
import type { Role } from '../../domain/people/actor.schema.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One route of the API: what the local server, the OpenAPI document and the CDK app all read. */
export interface Route {
  operationId: string;
  method: Method;
  /** With `{name}` for path parameters, as API Gateway writes them. */
  path: string;
  summary: string;
  /** Who may call it; 'public' needs no token. */
  roles: readonly Role[] | 'public';
  /** The case action it performs: its roles then come from the domain's action table (see `actionOf`). */
  action?: CaseAction;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  successStatus?: 200 | 201;
  /** A route that answers with a file instead of JSON; its handler returns the text. */
  produces?: 'text/csv';
  /** The table actions its function needs: the CDK app grants exactly these. */
  tableAccess: 'none' | 'read' | 'read-write';
  /**
   * A retry with the same Idempotency-Key header gets the first answer back instead of acting twice;
   * the same key with another request is a 422. For writes a client may have to repeat blindly.
   */
  idempotent?: true;
  /** The body of its 503 while the store is away, when it is not the Error: the health check says what it knows. */
  unavailable?: z.ZodType;
}

/**
 * Whether a route honours an If-Match header: every case action compares it with the case's version
 * before anything is tried (`runCaseCommand`), and answers 409 with the current version when it is stale.
 * The HTTP stack passes the header only to these routes, and the OpenAPI document declares it on exactly these.
 */
export const honoursIfMatch = (route: Pick<Route, 'action'>): boolean => route.action !== undefined;

/** Whether a route honours an Idempotency-Key header: a retry with the same key gets the first answer back. */
export const honoursIdempotencyKey = (route: Pick<Route, 'idempotent'>): boolean => route.idempotent === true;

// `const` keeps each route's method and path as literal types: the web app's route manifest is
// type-checked against them, so a path changed here fails the web build instead of drifting.
export const defineRoute = <const R extends Route>(route: R): R => route;

/** A route performing a case action: the action and the roles its row allows, never written by hand. */
export const actionOf = <A extends CaseAction>(action: A): { action: A; roles: Role[] } => ({ action, roles: rolesOf(action) });
