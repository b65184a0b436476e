import { submit } from '../../domain/case/submission.commands.js';
import { httpHandler } from '../http/http-handler.js';
import { runCaseCommand } from './case-command.js';
import { listClientCases } from './case.repository.js';
import { caseRoutes } from './case.routes.js';

export const handler = httpHandler(caseRoutes.submitCase, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, async (file, ctx) => {
    // Earlier requests for this client are flagged on submission, so queues show it without another read.
    const clientRef = file.case.request.clientRef;
    const earlier = clientRef ? (await listClientCases(caller.store, file.case, clientRef)).items : [];
    return submit(file, caller.actor, earlier, ctx);
  }),
);
