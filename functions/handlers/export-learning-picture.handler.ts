import { learningPictureCsv } from '../../domain/learning/learning-picture.csv.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { learningPictureFor } from '../learning/learning-picture.query.js';

export const handler = httpHandler(routes.exportLearningPicture, async (caller) =>
  learningPictureCsv(await learningPictureFor(caller, caller.query)),
);
