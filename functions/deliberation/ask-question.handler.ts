import { askQuestion } from '../../domain/deliberation/question.commands.js';
import { runCaseCommand } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { deliberationRoutes } from './deliberation.routes.js';

export const handler = httpHandler(deliberationRoutes.askQuestion, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => askQuestion(file, caller.actor, caller.body.text, ctx)),
);
