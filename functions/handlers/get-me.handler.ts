import { fundOf } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.getMe, async (caller) => ({ actor: caller.actor, fund: await fundOf(caller) }));
