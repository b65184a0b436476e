import { declareConflict } from '../../domain/deliberation/vote.commands.js';
import { runCaseCommand } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { deliberationRoutes } from './deliberation.routes.js';

export const handler = httpHandler(deliberationRoutes.declareConflict, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => declareConflict(file, caller.actor, caller.body.reason, ctx)),
);
