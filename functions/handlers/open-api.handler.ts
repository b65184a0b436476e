import { openApiDocument } from '../api/openapi.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

const document = openApiDocument();

export const handler = httpHandler(routes.openApi, async () => document as unknown as Record<string, unknown>);
