import { canView } from '../../domain/policies/case.policy.js';
import { httpHandler } from '../http/http-handler.js';
import { loadVisibleCase } from './case-command.js';
import { listClientCases } from './case.repository.js';
import { caseRoutes } from './case.routes.js';
import { caseSummary } from './case.view.js';

export const handler = httpHandler(caseRoutes.listEarlierRequests, async (caller) => {
  const { case: kase } = await loadVisibleCase(caller, caller.params.caseId);
  if (!kase.request.clientRef) return { items: [] };
  const page = await listClientCases(caller.store, kase, kase.request.clientRef);
  // Only requests started before this one: a later request is not an earlier one for this case.
  const earlier = page.items.filter((c) => c.createdAt < kase.createdAt && canView(caller.actor, c));
  // The client's 50 newest requests are plenty to weigh a repeat; no further pages are offered.
  return { items: earlier.map(caseSummary) };
});
