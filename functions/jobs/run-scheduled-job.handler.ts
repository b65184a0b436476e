import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../http/logger.js';
import { store } from '../storage/store.js';
import { runScheduledJob, type JobReport } from './scheduled-job.js';

/** EventBridge runs the job on a schedule; the same function `npm start` runs every minute. */
export const handler = async (event: ScheduledEvent): Promise<JobReport> => {
  const now = new Date(event.time ?? Date.now()).toISOString();
  const report = await runScheduledJob(store(), now);
  logger.info('scheduled job', { ...report });
  return report;
};
