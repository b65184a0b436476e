import { answerQuestion } from '../../domain/deliberation/question.commands.js';
import { runCaseCommand } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { deliberationRoutes } from './deliberation.routes.js';

export const handler = httpHandler(deliberationRoutes.answerQuestion, async (caller) => {
  const { caseId, questionId } = caller.params;
  return runCaseCommand(caller, caseId, (file, ctx) => answerQuestion(file, caller.actor, { questionId, text: caller.body.text }, ctx));
});
