import { answerQuestion } from '../../domain/deliberation/question.commands.js';
import { runCaseCommand } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.answerQuestion, async (caller) => {
  const { caseId, questionId } = caller.params;
  return runCaseCommand(caller, caseId, (file, ctx) => answerQuestion(file, caller.actor, { questionId, text: caller.body.text }, ctx));
});
