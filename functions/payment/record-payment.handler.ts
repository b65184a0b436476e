import { recordPayment } from '../../domain/payment/payment.commands.js';
import { runCaseCommand } from '../case/case-command.js';
import { httpHandler } from '../http/http-handler.js';
import { paymentRoutes } from './payment.routes.js';

export const handler = httpHandler(paymentRoutes.recordPayment, async (caller) =>
  runCaseCommand(caller, caller.params.caseId, (file, ctx) => recordPayment(file, caller.actor, caller.body, ctx)),
);
