import { canView } from '../../domain/policies/case.policy.js';
import { httpHandler } from '../http/http-handler.js';
import { pageOf } from '../http/page.js';
import { loadVisibleCase } from './case-command.js';
import { listEarlierClientCases } from './case.repository.js';
import { caseRoutes } from './case.routes.js';
import { caseSummary } from './case.view.js';

export const handler = httpHandler(caseRoutes.listEarlierRequests, async (caller) => {
  const { case: kase } = await loadVisibleCase(caller, caller.params.caseId);
  if (!kase.request.clientRef) return { items: [] };
  const page = await listEarlierClientCases(caller.store, kase, kase.request.clientRef, pageOf(caller.query));
  return { items: page.items.filter((c) => canView(caller.actor, c)).map(caseSummary), cursor: page.cursor };
});
