import { learningPictureCsv } from '../../domain/learning/learning-picture.csv.js';
import { httpHandler } from '../http/http-handler.js';
import { learningPictureFor } from './learning-picture.query.js';
import { learningRoutes } from './learning.routes.js';

export const handler = httpHandler(learningRoutes.exportLearningPicture, async (caller) =>
  learningPictureCsv(await learningPictureFor(caller, caller.query)),
);
