import { handOver } from '../../domain/follow-up/handover.commands.js';
import { runCaseCommand } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { userDirectory } from '../identity/user-directory.js';

export const handler = httpHandler(routes.handOverCase, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, async (file, ctx) => {
    const colleague = await userDirectory().findUser(caller.actor.fundId, caller.body.toUserId);
    return handOver(file, caller.actor, caller.body, colleague, ctx);
  }),
);
