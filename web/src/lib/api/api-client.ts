import { routeManifest, type OperationId, type PathParams } from './route-manifest';
import type { ApiRequestBody, ApiResponse } from './types';
import type { FieldProblem } from '../../../../domain/shared/result';
import type { ReasonParams } from '../../../../domain/shared/reasons';

/** The error body as the API's OpenAPI document describes it (functions/http/http-error.ts). */
interface ErrorBody {
  error?: { code?: string; reason?: string; params?: ReasonParams; message?: string; fields?: FieldProblem[] };
}

/** A field the API refused, as the domain names it: the path, the reason code and its parameters. */
export type { FieldProblem } from '../../../../domain/shared/result';

/**
 * An answer of the API that is not a success: the status and the API's own error body. The
 * message is the API's English sentence, for the console; a screen shows the reason's text.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** A code from domain/shared/reasons.ts when the API gave one; checked before it is used. */
    readonly reason?: string,
    readonly params?: ReasonParams,
  ) {
    super(message);
  }
}

type TokenSource = () => string | null;
let tokenOf: TokenSource = () => null;
let onUnauthorised: () => void = () => {};

/** Called once by the auth provider: where the bearer token comes from, and what to do on a 401. */
export function configureApiClient(source: TokenSource, unauthorised: () => void): void {
  tokenOf = source;
  onUnauthorised = unauthorised;
}

export interface CallOptions<Op extends OperationId> {
  params?: PathParams<Op>;
  query?: Record<string, string | number | undefined>;
  /** Typed by the route's body schema: a route without a body takes none. */
  body?: ApiRequestBody<Op>;
}

export function pathOf<Op extends OperationId>(op: Op, params?: PathParams<Op>): string {
  const template: string = routeManifest[op].path;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (params as Record<string, string> | undefined)?.[name];
    if (value === undefined) throw new Error(`${op}: path parameter ${name} is missing`);
    return encodeURIComponent(value);
  });
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = (body as ErrorBody | undefined)?.error;
  return new ApiError(response.status, error?.code ?? 'http_error', error?.message ?? response.statusText, error?.fields ?? [], error?.reason, error?.params);
}

/**
 * Calls one route of the API by its operationId; the response type is the route's own schema.
 * Answers are trusted as typed: the API validates its own responses against the same schemas.
 */
export async function callApi<Op extends OperationId>(op: Op, options: CallOptions<Op> = {}): Promise<ApiResponse<Op>> {
  const response = await send(op, options);
  return (await response.json()) as ApiResponse<Op>;
}

async function send<Op extends OperationId>(op: Op, options: CallOptions<Op>): Promise<Response> {
  const url = new URL(pathOf(op, options.params), window.location.origin);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  const token = tokenOf();
  // Every route the web app calls needs a token: without one (none, or expired) it is not sent at all.
  if (token === null) {
    onUnauthorised();
    throw new ApiError(401, 'unauthorised', 'Not signed in.');
  }
  const response = await fetch(url, {
    method: routeManifest[op].method,
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${token}`,
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  if (response.status === 401) onUnauthorised();
  if (!response.ok) throw await errorOf(response);
  return response;
}
