import { conceptRouter } from '../api/concept-router.js';
import { handler as exportLearningPicture } from './export-learning-picture.handler.js';
import { handler as getLearningPicture } from './get-learning-picture.handler.js';
import { learningRoutes } from './learning.routes.js';

/** The learning concept's one Lambda function: each of its routes to the route's own handler. */
export const handler = conceptRouter(learningRoutes, {
  getLearningPicture,
  exportLearningPicture,
});
