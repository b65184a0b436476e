import { caseSummary } from './case.view.js';
import { caseRoutes } from './case.routes.js';
import { httpHandler } from '../http/http-handler.js';
import { searchCases } from './case.repository.js';
import { pageOf } from '../http/page.js';

export const handler = httpHandler(caseRoutes.listOrganisationCases, async ({ actor, store, query }) => {
  const { cursor, limit, ...search } = query;
  const scope = { fundId: actor.fundId, organisationId: actor.organisationId ?? '', drafts: true };
  const page = await searchCases(store, scope, search, pageOf({ cursor, limit }));
  return { items: page.items.map(caseSummary), cursor: page.cursor };
});
