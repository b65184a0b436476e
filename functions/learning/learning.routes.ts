import * as z from 'zod';
import { learningPictureSchema, periodSchema } from '../../domain/learning/learning-picture.schema.js';
import { manager } from '../api/route-parts.js';
import { defineRoute, type Route } from '../api/route.js';

/** The programme manager's learning picture, as data and as a spreadsheet. */
export const learningRoutes = {
  getLearningPicture: defineRoute({
    operationId: 'getLearningPicture', method: 'GET', path: '/api/learning',
    summary: 'The learning picture of my fund for a period of months (from, to as YYYY-MM).',
    roles: manager, query: periodSchema, response: learningPictureSchema, tableAccess: 'read',
  }),
  exportLearningPicture: defineRoute({
    operationId: 'exportLearningPicture', method: 'GET', path: '/api/learning/export',
    summary: 'The same learning picture as CSV: one line per figure.',
    roles: manager, query: periodSchema, response: z.string(), produces: 'text/csv', tableAccess: 'read',
  }),
} satisfies Record<string, Route>;
