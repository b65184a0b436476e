import { castVote } from '../../domain/deliberation/vote.commands.js';
import { runCaseCommand } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { deliberationRoutes } from './deliberation.routes.js';

export const handler = httpHandler(deliberationRoutes.castVote, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => castVote(file, caller.actor, caller.body, ctx)),
);
