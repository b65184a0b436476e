import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Route } from '../api/route.js';

/** CloudWatch metrics as embedded log lines (Powertools). Off locally: POWERTOOLS_METRICS_DISABLED. */
export const metrics = new Metrics({ namespace: 'Doorbraak', serviceName: 'doorbraak' });

const kindOf = (status: number) =>
  status >= 500 ? 'Failed' : status === 409 ? 'Conflict' : status >= 400 ? 'Rejected' : 'Succeeded';

/**
 * Counts each answer by kind and route: conflicts show contention between users, rejections show a
 * form or a rule that confuses people, failures page someone.
 */
export function countAnswer(route: Route, status: number): void {
  metrics.addDimension('route', route.operationId);
  metrics.addMetric(kindOf(status), MetricUnit.Count, 1);
}
