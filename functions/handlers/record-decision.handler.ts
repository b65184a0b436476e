import { recordDecision } from '../../domain/case/decision.commands.js';
import { runCaseCommand } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.recordDecision, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => recordDecision(file, caller.actor, caller.body, ctx)),
);
