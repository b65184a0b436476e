import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { BadCursor, StoreUnavailable, WriteConflict, isUnavailable } from '../storage/store-errors.js';
import { fieldProblem, HttpError, httpError } from './http-error.js';
import { json } from './json.js';
import { logger } from './logger.js';

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof WriteConflict)
    return httpError(409, 'version_conflict', error.message, error.currentVersion ? { currentVersion: error.currentVersion, params: { currentVersion: error.currentVersion } } : {});
  if (error instanceof BadCursor)
    return httpError(400, 'invalid_cursor', 'The cursor does not belong to this list: start from the first page.', {
      fields: [fieldProblem('query.cursor', 'invalid_cursor', 'Not a valid cursor for this list.')],
    });
  if (error instanceof StoreUnavailable || isUnavailable(error)) {
    const unavailable = httpError(503, 'unavailable', 'The store is busy or unreachable. Nothing was changed: try again in a few seconds.');
    return new HttpError(503, unavailable.body, { 'retry-after': '5' });
  }
  logger.error('unexpected error', { error: error as Error });
  return httpError(500, 'internal', 'Something went wrong on our side. It has been logged; try again later.');
}

/** Every failure becomes a JSON answer with a code, a reason from the one list (with its parameters) and an English message. */
export const errorResponses = (): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => ({
  onError: (request) => {
    const error = toHttpError(request.error);
    request.response = json(error.status, error.body, error.headers);
  },
});
