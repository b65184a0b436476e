import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.health, async ({ now }) => ({ status: 'ok' as const, time: now }));
