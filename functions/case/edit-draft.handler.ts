import { editDraft } from '../../domain/case/draft.commands.js';
import { httpHandler } from '../http/http-handler.js';
import { runCaseCommand } from './case-command.js';
import { caseRoutes } from './case.routes.js';

export const handler = httpHandler(caseRoutes.editDraft, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => editDraft(file, caller.actor, caller.body, ctx)),
);
