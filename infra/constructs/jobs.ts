import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Duration, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { cognitoActions } from '../../functions/people/cognito-user-directory.js';
import { acknowledge, logicalIdOf } from '../nag-acknowledgements.js';
import { repositoryRoot, type Stage } from '../stage.js';
import { memoryOf } from '../function-memory.js';
import { AppFunction } from './app-function.js';
import type { Data } from './data.js';
import type { Identity } from './identity.js';

/** The job's and the mailer's handler modules, written to this contract by the follow-up work. */
export const jobEntries = {
  scheduledJob: 'functions/jobs/run-scheduled-job.handler.ts',
  sendNotifications: 'functions/notifications/send-notifications.handler.ts',
};
export type JobEntries = typeof jobEntries;

interface JobsProps {
  stage: Stage;
  data: Data;
  identity: Identity;
  /** Where the web app is, for the links in e-mails. */
  webUrl: string;
  /** Tests put stand-ins here; the app uses the real handlers. */
  entries?: JobEntries;
}

export const jobSchedule = Duration.minutes(15);

/**
 * The mailer finds each recipient's address in the user directory: a user, or everyone of a role
 * in the fund. It reads the table's user items today (`functions/notifications/notification-mail.ts`), which
 * on AWS must become the Cognito directory (`userDirectory()`): both are granted until it does.
 */
export const mailerDirectoryActions = [...cognitoActions.findUser, ...cognitoActions.listUsers];

const exists = (entry: string) => existsSync(resolve(repositoryRoot, entry));

/**
 * The scheduled job (reminders, deadlines, follow-ups, the daily digest) every 15 minutes, and the mailer that sends
 * each new notification of the outbox by e-mail, straight from the table's stream. What fails to
 * send lands in the dead-letter queue, which the monitoring watches.
 */
export class Jobs extends Construct {
  readonly deadLetters: Queue;
  readonly functions: { name: string; fn: AppFunction }[] = [];

  constructor(scope: Construct, id: string, props: JobsProps) {
    super(scope, id);
    const entries = props.entries ?? jobEntries;
    this.deadLetters = new Queue(this, 'DeadLetters', {
      // It holds pointers only (stream shard and sequence numbers, the schedule's event), never client
      // data; SQS's own encryption spares the mailer any right to encrypt with the deployment's key.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.deadLetters, 'AwsSolutions-SQS3', 'This queue is itself the dead-letter queue: of the mailer’s stream source and of the schedule. Its messages are kept 14 days and raise an alarm.');
    // A handler that has not landed yet is left out, so the rest of the stack still synthesises.
    if (exists(entries.scheduledJob)) this.scheduledJob(entries.scheduledJob, props);
    if (exists(entries.sendNotifications)) this.mailer(entries.sendNotifications, props);
  }

  private scheduledJob(entry: string, { stage, data, identity, webUrl }: JobsProps): void {
    const job = new AppFunction(this, 'ScheduledJob', {
      entry,
      stage,
      memorySize: memoryOf('scheduled-job'),
      timeout: Duration.minutes(5),
      // The daily digest: the users and their addresses from Cognito, sent through SES like the mailer's.
      environment: { TABLE_NAME: data.table.tableName, USER_POOL_ID: identity.userPool.userPoolId, MAIL_FROM: stage.mailFrom, APP_URL: webUrl },
    });
    data.grant(job.fn, 'read-write');
    job.role.addToPolicy(new PolicyStatement({ actions: mailerDirectoryActions, resources: [identity.userPool.userPoolArn] }));
    job.role.addToPolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources: [this.sesIdentityArn(stage.mailFrom)] }));
    const role = new Role(this, 'ScheduleRole', { assumedBy: new ServicePrincipal('scheduler.amazonaws.com') });
    new Schedule(this, 'Every15Minutes', {
      schedule: ScheduleExpression.rate(jobSchedule),
      description: 'Doorbraak: reminders, deadlines and follow-ups',
      // The scheduled time, not the moment of delivery, is the job's "now": a retried run is the same run.
      target: new LambdaInvoke(job.fn, {
        role,
        input: ScheduleTargetInput.fromObject({ time: ContextAttribute.scheduledTime }),
        retryAttempts: 2,
        maxEventAge: Duration.minutes(10),
        deadLetterQueue: this.deadLetters,
      }),
    });
    acknowledge(role, `AwsSolutions-IAM5[Resource::<${logicalIdOf(job.fn)}.Arn>:*]`,
      'The scheduler may invoke the job function and its versions (CDK grants function ARN and ARN:*); it is this one function only.');
    this.functions.push({ name: 'ScheduledJob', fn: job });
  }

  private mailer(entry: string, { stage, data, identity, webUrl }: JobsProps): void {
    const mailer = new AppFunction(this, 'SendNotifications', {
      entry,
      stage,
      memorySize: memoryOf('send-notifications'),
      timeout: Duration.seconds(60),
      // The addresses come from Cognito (USER_POOL_ID); from the table it reads only each recipient's notification settings.
      environment: { TABLE_NAME: data.table.tableName, USER_POOL_ID: identity.userPool.userPoolId, MAIL_FROM: stage.mailFrom, APP_URL: webUrl },
      alsoOnAllResources: 'dynamodb:ListStreams, which the stream event source needs, has no resource-level permissions either.',
    });
    data.grant(mailer.fn, 'read');
    mailer.fn.addEventSource(
      new DynamoEventSource(data.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 10,
        retryAttempts: 3,
        bisectBatchOnError: true,
        maxRecordAge: Duration.days(1),
        onFailure: new SqsDlq(this.deadLetters),
        // Only new outbox items wake the mailer; every other change of the table passes by.
        filters: [FilterCriteria.filter({ eventName: FilterRule.isEqual('INSERT'), dynamodb: { NewImage: { entity: { S: FilterRule.isEqual('notification') } } } })],
      }),
    );
    mailer.role.addToPolicy(new PolicyStatement({ actions: mailerDirectoryActions, resources: [identity.userPool.userPoolArn] }));
    mailer.role.addToPolicy(
      new PolicyStatement({ actions: ['ses:SendEmail'], resources: [this.sesIdentityArn(stage.mailFrom)] }),
    );
    this.functions.push({ name: 'SendNotifications', fn: mailer });
  }

  /** Sending is allowed from the verified domain of the sender's address only. */
  private sesIdentityArn(mailFrom: string): string {
    const { region, account, partition } = Stack.of(this);
    return `arn:${partition}:ses:${region}:${account}:identity/${mailFrom.split('@')[1]}`;
  }
}
