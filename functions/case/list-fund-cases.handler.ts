import { caseSummary } from './case.view.js';
import { caseRoutes } from './case.routes.js';
import { httpHandler } from '../http/http-handler.js';
import { searchCases } from './case.repository.js';
import { pageOf } from '../http/page.js';

export const handler = httpHandler(caseRoutes.listFundCases, async ({ actor, store, query }) => {
  const { cursor, limit, organisationId, ...search } = query;
  const page = await searchCases(store, { fundId: actor.fundId, organisationId, drafts: false }, search, pageOf({ cursor, limit }));
  return { items: page.items.map(caseSummary), cursor: page.cursor };
});
