import { canView } from '../../domain/policies/case.policy.js';
import { loadVisibleCase } from '../api/case-command.js';
import { caseSummary } from '../api/case-view.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { listClientCases } from '../storage/case.repository.js';

export const handler = httpHandler(routes.listEarlierRequests, async (caller) => {
  const { case: kase } = await loadVisibleCase(caller, caller.params.caseId);
  if (!kase.request.clientRef) return { items: [] };
  const page = await listClientCases(caller.store, kase, kase.request.clientRef);
  const earlier = page.items.filter((c) => c.id !== kase.id && canView(caller.actor, c));
  return { items: earlier.map(caseSummary), cursor: page.cursor };
});
