import * as z from 'zod';
import { categories } from '../../domain/case/request.schema.js';
import { breakthroughResults } from '../../domain/follow-up/follow-up.schema.js';
import { decisionSides, lessonReviewSchema, libraryLessonSchema, pendingLessonSchema } from '../../domain/lessons/lesson.schema.js';
import { everyone, id, manager, paging } from '../api/route-parts.js';
import { defineRoute, type Route } from '../api/route.js';

/** The lessons library and the review of lessons before they go in. */
export const lessonsRoutes = {
  listLessons: defineRoute({
    operationId: 'listLessons', method: 'GET', path: '/api/lessons',
    summary: 'The lessons library: approved, anonymised lessons, by category and outcome, a page at a time.',
    roles: everyone,
    query: z.strictObject({
      ...paging,
      category: z.enum(categories).optional(),
      /** Was the breakthrough reached? */
      outcome: z.enum(breakthroughResults).optional(),
      /** Lessons from granted or from refused cases. */
      side: z.enum(decisionSides).optional(),
    }),
    response: z.object({ items: z.array(libraryLessonSchema), cursor: z.string().optional() }), tableAccess: 'read',
  }),
  listPendingLessons: defineRoute({
    operationId: 'listPendingLessons', method: 'GET', path: '/api/lessons/pending',
    summary: 'Lessons waiting for my approval before they go into the library, a page at a time.',
    roles: manager, query: z.strictObject(paging), response: z.object({ items: z.array(pendingLessonSchema), cursor: z.string().optional() }), tableAccess: 'read',
  }),
  reviewLesson: defineRoute({
    operationId: 'reviewLesson', method: 'POST', path: '/api/lessons/{lessonId}/review',
    summary: 'Approve a lesson for the library (its text edited if need be), or decline it.',
    roles: manager, params: z.strictObject({ lessonId: id }), body: lessonReviewSchema,
    response: z.object({ approved: libraryLessonSchema.optional() }), tableAccess: 'read-write',
  }),
} satisfies Record<string, Route>;
