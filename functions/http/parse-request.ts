import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod';
import { validationError } from '../../domain/shared/validation.js';
import type { Route } from '../api/route.js';
import { fieldProblem, HttpError, httpError } from './http-error.js';

export const MAX_BODY_BYTES = 64 * 1024;

export interface ParsedRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

function validate(schema: z.ZodType | undefined, input: unknown, where: string): unknown {
  if (!schema) return {};
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new HttpError(400, { error: validationError(parsed.error, where) });
}

function readJson(event: APIGatewayProxyEventV2): unknown {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    throw httpError(413, 'body_too_large', `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`, { params: { maxKiB: MAX_BODY_BYTES / 1024 } });
  if (text.trim() === '') throw httpError(400, 'body_missing', 'This route needs a JSON body.', { fields: [fieldProblem('body', 'body_missing', 'Required.')] });
  const type = event.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type))
    throw httpError(415, 'unsupported_media_type', 'Send the body as application/json.', { fields: [fieldProblem('content-type', 'unsupported_media_type', `Got "${type}".`)] });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw httpError(400, 'invalid_json', `The body is not valid JSON: ${(error as Error).message}`, {
      fields: [fieldProblem('body', 'invalid_json', 'Not valid JSON.')],
    });
  }
}

/** Path, query and body, each checked against the route's schema: 400 names each bad field. */
export function parseRequest(route: Route, event: APIGatewayProxyEventV2): ParsedRequest {
  return {
    params: validate(route.params, event.pathParameters ?? {}, 'path') as Record<string, unknown>,
    query: validate(route.query, event.queryStringParameters ?? {}, 'query') as Record<string, unknown>,
    body: route.body ? validate(route.body, readJson(event), 'body') : undefined,
  };
}
