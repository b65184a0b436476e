import { reportFollowUp } from '../../domain/follow-up/follow-up.commands.js';
import { runCaseCommand } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.reportFollowUp, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) =>
    reportFollowUp(file, caller.actor, { moment: caller.params.moment, report: caller.body }, ctx),
  ),
);
