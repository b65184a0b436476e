import { closeCase } from '../../domain/follow-up/follow-up.commands.js';
import { runCaseCommand } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { followUpRoutes } from './follow-up.routes.js';

export const handler = httpHandler(followUpRoutes.closeCase, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => closeCase(file, caller.actor, caller.body, ctx)),
);
