import { conceptRouter } from '../api/concept-router.js';
import { handler as createCase } from './create-case.handler.js';
import { handler as deleteDraft } from './delete-draft.handler.js';
import { handler as editDraft } from './edit-draft.handler.js';
import { handler as getCase } from './get-case.handler.js';
import { handler as listFundCases } from './list-fund-cases.handler.js';
import { handler as listEarlierRequests } from './list-earlier-requests.handler.js';
import { handler as listOrganisationCases } from './list-organisation-cases.handler.js';
import { handler as listQueue } from './list-queue.handler.js';
import { handler as openDeliberation } from './open-deliberation.handler.js';
import { handler as recordDecision } from './record-decision.handler.js';
import { handler as screenCase } from './screen-case.handler.js';
import { handler as submitCase } from './submit-case.handler.js';
import { handler as withdrawCase } from './withdraw-case.handler.js';
import { caseRoutes } from './case.routes.js';

/** The case concept's one Lambda function: each of its routes to the route's own handler. */
export const handler = conceptRouter(caseRoutes, {
  listOrganisationCases,
  listFundCases,
  listQueue,
  createCase,
  getCase,
  listEarlierRequests,
  editDraft,
  deleteDraft,
  submitCase,
  withdrawCase,
  screenCase,
  openDeliberation,
  recordDecision,
});
