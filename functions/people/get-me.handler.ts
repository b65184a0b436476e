import { fundOf } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { peopleRoutes } from './people.routes.js';

export const handler = httpHandler(peopleRoutes.getMe, async (caller) => ({ actor: caller.actor, fund: await fundOf(caller) }));
