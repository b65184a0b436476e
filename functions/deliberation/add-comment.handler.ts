import { comment } from '../../domain/deliberation/vote.commands.js';
import { runCaseCommand } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { deliberationRoutes } from './deliberation.routes.js';

export const handler = httpHandler(deliberationRoutes.addComment, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => comment(file, caller.actor, caller.body.text, ctx)),
);
