import { Duration, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { Stage } from '../stage.js';
import type { Api } from './api.js';
import type { AppFunction } from './app-function.js';
import type { Data } from './data.js';
import type { Jobs } from './jobs.js';

const period = Duration.minutes(5);

/**
 * Someone hears when users meet errors: alarms on the API's 5xx answers, on each function's errors
 * and throttles, and on anything in the dead-letter queue, all to one topic; and one dashboard.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: { stage: Stage; data: Data; api: Api; jobs: Jobs }) {
    super(scope, id);
    // The deployment's key encrypts the topic; CloudWatch must be able to use it to publish alarms.
    props.data.key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'], // in a key policy: this key
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    this.topic = new Topic(this, 'Alarms', { displayName: 'Doorbraak alarms', masterKey: props.data.key, enforceSSL: true });
    if (props.stage.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.stage.alarmEmail));

    const api5xx = props.api.stage.metricServerError({ period });
    this.alarm('Api5xx', api5xx, 'The API answered with a server error (5xx).');
    const functions = [...props.api.functions, ...props.jobs.functions];
    for (const { name, fn } of functions) this.alarm(`${name}ErrorsOrThrottles`, errorsAndThrottles(fn), `${name}: the function failed or was throttled.`);
    const deadLetters = props.jobs.deadLetters.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' });
    this.alarm('DeadLetters', deadLetters, 'An e-mail or a scheduled job run failed for good: see the dead-letter queue.');

    new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(1),
      widgets: [
        [
          new GraphWidget({ title: 'API requests', left: [props.api.stage.metricCount({ period })], width: 8 }),
          new GraphWidget({ title: 'API errors', left: [props.api.stage.metricClientError({ period }), api5xx], width: 8 }),
          new GraphWidget({ title: 'API latency (p90)', left: [props.api.stage.metricLatency({ period, statistic: 'p90' })], width: 8 }),
        ],
        [
          new GraphWidget({ title: 'Function errors', left: functions.map(({ fn }) => fn.fn.metricErrors({ period })), width: 8 }),
          new GraphWidget({ title: 'Function duration (p90)', left: functions.map(({ fn }) => fn.fn.metricDuration({ period, statistic: 'p90' })), width: 8 }),
          new GraphWidget({ title: 'Dead letters', left: [deadLetters], width: 8 }),
        ],
        [
          new GraphWidget({
            title: 'Table capacity used',
            left: [props.data.table.metricConsumedReadCapacityUnits({ period }), props.data.table.metricConsumedWriteCapacityUnits({ period })],
            width: 12,
          }),
          new GraphWidget({ title: 'Table system errors', left: [props.data.table.metricSystemErrorsForOperations({ period })], width: 12 }),
        ],
      ],
    });
  }

  private alarm(id: string, metric: IMetric, description: string): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}

const errorsAndThrottles = (fn: AppFunction) =>
  new MathExpression({
    expression: 'errors + throttles',
    usingMetrics: { errors: fn.fn.metricErrors({ period }), throttles: fn.fn.metricThrottles({ period }) },
    period,
    label: 'errors + throttles',
  });
