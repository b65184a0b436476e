import { canView } from '../../domain/policies/case.policy.js';
import { httpError } from '../http/http-error.js';
import { httpHandler } from '../http/http-handler.js';
import { pageOf } from '../http/page.js';
import { listQueue } from './case.repository.js';
import { caseRoutes } from './case.routes.js';
import { caseSummary } from './case.view.js';

export const handler = httpHandler(caseRoutes.listQueue, async ({ actor, store, params, query }) => {
  if (!canView(actor, { fundId: actor.fundId, organisationId: '', state: params.state }))
    throw httpError(403, 'queue_not_visible', `You cannot see cases that are ${params.state.replace('_', ' ')}.`, {
      params: { state: params.state },
    });
  const page = await listQueue(store, actor.fundId, params.state, pageOf(query));
  return { items: page.items.map(caseSummary), cursor: page.cursor };
});
