import { httpHandler } from '../http/http-handler.js';
import { apiRoutes } from './api.routes.js';

export const handler = httpHandler(apiRoutes.health, async ({ now }) => ({ status: 'ok' as const, time: now }));
