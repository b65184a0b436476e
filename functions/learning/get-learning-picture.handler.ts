import { httpHandler } from '../http/http-handler.js';
import { learningPictureFor } from './learning-picture.query.js';
import { learningRoutes } from './learning.routes.js';

export const handler = httpHandler(learningRoutes.getLearningPicture, async (caller) => learningPictureFor(caller, caller.query));
