import { caseSummary } from './case.view.js';
import { caseRoutes } from './case.routes.js';
import { httpHandler } from '../http/http-handler.js';
import { listOrganisationCases } from './case.repository.js';
import { pageOf } from '../http/page.js';

export const handler = httpHandler(caseRoutes.listOrganisationCases, async ({ actor, store, query }) => {
  const page = await listOrganisationCases(store, actor.fundId, actor.organisationId ?? '', pageOf(query));
  return { items: page.items.map(caseSummary), cursor: page.cursor };
});
