import { askQuestion } from '../../domain/deliberation/question.commands.js';
import { runCaseCommand } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.askQuestion, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => askQuestion(file, caller.actor, caller.body.text, ctx)),
);
