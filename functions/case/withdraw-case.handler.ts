import { withdraw } from '../../domain/case/screening.commands.js';
import { httpHandler } from '../http/http-handler.js';
import { runCaseCommand } from './case-command.js';
import { caseRoutes } from './case.routes.js';

export const handler = httpHandler(caseRoutes.withdrawCase, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => withdraw(file, caller.actor, caller.body.reason, ctx)),
);
