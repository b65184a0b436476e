import { decodeCursor, type PageRequest } from '../storage/paging.js';
import { fieldProblem, httpError } from './http-error.js';

/** The page a list route asks for; a cursor we did not make is a 400, not a failed Query. */
export function pageOf(query: { cursor?: string | undefined; limit: number }): PageRequest {
  if (query.cursor !== undefined && !decodeCursor(query.cursor))
    throw httpError(400, 'invalid_cursor', 'The cursor is not one this API gave out: start from the first page.', {
      fields: [fieldProblem('query.cursor', 'invalid_cursor', 'Not a valid cursor.')],
    });
  return { cursor: query.cursor, limit: query.limit };
}
