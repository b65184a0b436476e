import { withdraw } from '../../domain/case/screening.commands.js';
import { runCaseCommand } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.withdrawCase, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => withdraw(file, caller.actor, caller.body.reason, ctx)),
);
