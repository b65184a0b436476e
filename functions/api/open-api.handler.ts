import { httpHandler } from '../http/http-handler.js';
import { apiRoutes } from './api.routes.js';
import { openApiDocument } from './openapi.js';

const document = openApiDocument();

export const handler = httpHandler(apiRoutes.openApi, async () => document as unknown as Record<string, unknown>);
