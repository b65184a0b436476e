import { editDraft } from '../../domain/case/draft.commands.js';
import { runCaseCommand } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.editDraft, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => editDraft(file, caller.actor, caller.body, ctx)),
);
