import { reportFollowUp } from '../../domain/follow-up/follow-up.commands.js';
import { runCaseCommand } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { followUpRoutes } from './follow-up.routes.js';

export const handler = httpHandler(followUpRoutes.reportFollowUp, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) =>
    reportFollowUp(file, caller.actor, { moment: caller.params.moment, report: caller.body }, ctx),
  ),
);
