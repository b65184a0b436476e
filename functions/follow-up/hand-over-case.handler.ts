import { handOver } from '../../domain/follow-up/handover.commands.js';
import { runCaseCommand } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { userDirectory } from '../people/user-directory.js';
import { followUpRoutes } from './follow-up.routes.js';

export const handler = httpHandler(followUpRoutes.handOverCase, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, async (file, ctx) => {
    const colleague = await userDirectory().findUser(caller.actor.fundId, caller.body.toUserId);
    return handOver(file, caller.actor, caller.body, colleague, ctx);
  }),
);
