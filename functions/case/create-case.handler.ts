import { createDraft } from '../../domain/case/draft.commands.js';
import { fromDomainError } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { commitChange, historyOf } from '../storage/case-change.writer.js';
import { answerRecordItems } from '../storage/idempotency.repository.js';
import { fundOf } from './case-command.js';
import { caseRoutes } from './case.routes.js';
import { caseView } from './case.view.js';

export const handler = httpHandler(caseRoutes.createCase, async (caller) => {
  const fund = await fundOf(caller);
  const result = createDraft(caller.actor, caller.body, { now: caller.now, newId: caller.newId, fund });
  if (!result.ok) throw fromDomainError(result.error);
  const history = historyOf(result.value);
  const view = caseView(caller.actor, { case: result.value.case, votes: [], conflicts: [], questions: [], comments: [], history }, fund);
  await commitChange(caller.store, result.value, null, { history, alsoWrite: answerRecordItems(caller.store.table, caller.idempotency, view) });
  return view;
});
