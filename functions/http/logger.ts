import { Logger } from '@aws-lambda-powertools/logger';

/** Structured logs: routes, statuses and timings; never the client's text. Level from POWERTOOLS_LOG_LEVEL. */
export const logger = new Logger({ serviceName: 'doorbraak' });
