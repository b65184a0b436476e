import { deleteDraft } from '../../domain/case/draft.commands.js';
import { fromDomainError } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { commitDraftDeletion } from '../storage/draft-deletion.writer.js';
import { checkIfMatch, decidedOnLatest, loadVisibleCase } from './case-command.js';
import { caseRoutes } from './case.routes.js';

export const handler = httpHandler(caseRoutes.deleteDraft, async (caller) =>
  // Decided again when the draft changed meanwhile: an edit still goes, a submission keeps it (see runCaseCommand).
  decidedOnLatest(async () => {
    const file = await loadVisibleCase(caller, caller.params.caseId);
    checkIfMatch(caller.ifMatch, file.case.version);
    const result = deleteDraft(file, caller.actor);
    if (!result.ok) throw fromDomainError(result.error);
    await commitDraftDeletion(caller.store, result.value);
    return { id: file.case.id, deleted: true as const };
  }),
);
