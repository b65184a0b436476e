import { screen } from '../../domain/case/screening.commands.js';
import { httpHandler } from '../http/http-handler.js';
import { runCaseCommand } from './case-command.js';
import { caseRoutes } from './case.routes.js';

export const handler = httpHandler(caseRoutes.screenCase, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => screen(file, caller.actor, caller.body, ctx)),
);
