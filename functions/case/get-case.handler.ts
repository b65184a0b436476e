import { httpHandler } from '../http/http-handler.js';
import { fundOf, loadVisibleCase } from './case-command.js';
import { caseRoutes } from './case.routes.js';
import { caseView } from './case.view.js';

export const handler = httpHandler(caseRoutes.getCase, async (caller) => {
  const [file, fund] = await Promise.all([loadVisibleCase(caller, caller.params.caseId), fundOf(caller)]);
  return caseView(caller.actor, file, fund);
});
