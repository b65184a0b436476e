import { fundOf, loadVisibleCase } from '../api/case-command.js';
import { caseView } from '../api/case-view.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.getCase, async (caller) => {
  const [file, fund] = await Promise.all([loadVisibleCase(caller, caller.params.caseId), fundOf(caller)]);
  return caseView(caller.actor, file, fund);
});
