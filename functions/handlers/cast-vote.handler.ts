import { castVote } from '../../domain/deliberation/vote.commands.js';
import { runCaseCommand } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.castVote, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => castVote(file, caller.actor, caller.body, ctx)),
);
