import { openDeliberation } from '../../domain/case/screening.commands.js';
import { runCaseCommand } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.openDeliberation, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => openDeliberation(file, caller.actor, ctx)),
);
