import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { learningPictureFor } from '../learning/learning-picture.query.js';

export const handler = httpHandler(routes.getLearningPicture, async (caller) => learningPictureFor(caller, caller.query));
