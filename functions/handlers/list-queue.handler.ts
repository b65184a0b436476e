import { canView } from '../../domain/policies/case.policy.js';
import { caseSummary } from '../api/case-view.js';
import { pageOf } from '../api/page.js';
import { routes } from '../api/routes.js';
import { httpError } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { listQueue } from '../storage/case.repository.js';

export const handler = httpHandler(routes.listQueue, async ({ actor, store, params, query }) => {
  if (!canView(actor, { fundId: actor.fundId, organisationId: '', state: params.state }))
    throw httpError(403, 'queue_not_visible', `You cannot see cases that are ${params.state.replace('_', ' ')}.`, {
      params: { state: params.state },
    });
  const page = await listQueue(store, actor.fundId, params.state, pageOf(query));
  return { items: page.items.map(caseSummary), cursor: page.cursor };
});
