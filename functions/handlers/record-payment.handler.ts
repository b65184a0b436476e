import { recordPayment } from '../../domain/payment/payment.commands.js';
import { runCaseCommand } from '../api/case-command.js';
import { routes } from '../api/routes.js';
import { httpHandler } from '../http/http-handler.js';

export const handler = httpHandler(routes.recordPayment, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => recordPayment(file, caller.actor, caller.body, ctx)),
);
