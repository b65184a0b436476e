import { caseSummary } from '../api/case-view.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';
import { listOrganisationCases } from '../storage/case.repository.js';
import { pageOf } from '../api/page.js';

export const handler = httpHandler(routes.listOrganisationCases, async ({ actor, store, query }) => {
  const page = await listOrganisationCases(store, actor.fundId, actor.organisationId ?? '', pageOf(query));
  return { items: page.items.map(caseSummary), cursor: page.cursor };
});
