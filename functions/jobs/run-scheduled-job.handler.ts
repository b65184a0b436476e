import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../http/logger.js';
import { mailerFromEnvironment } from '../notifications/mailer.js';
import { store } from '../storage/store.js';
import { runScheduledJob, type JobReport } from './scheduled-job.js';

/** EventBridge runs the job on a schedule; the same function `npm start` runs every minute. It sends the daily digests too. */
export const handler = async (event: ScheduledEvent): Promise<JobReport> => {
  const now = new Date(event.time ?? Date.now()).toISOString();
  const report = await runScheduledJob(store(), now, { mailer: mailerFromEnvironment() });
  logger.info('scheduled job', { ...report });
  return report;
};
