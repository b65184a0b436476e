import { openDeliberation } from '../../domain/case/screening.commands.js';
import { httpHandler } from '../http/http-handler.js';
import { runCaseCommand } from './case-command.js';
import { caseRoutes } from './case.routes.js';

export const handler = httpHandler(caseRoutes.openDeliberation, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => openDeliberation(file, caller.actor, ctx)),
);
