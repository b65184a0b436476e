import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** The repository root: handler entries and the web build are found from here. */
export const repositoryRoot = resolve(import.meta.dirname, '..');

/** What differs between a trial deployment and the real one. Everything else is the same. */
export interface Stage {
  name: string;
  prod: boolean;
  /** prod keeps the table, its key and the buckets when the stack is deleted. */
  removalPolicy: RemovalPolicy;
  logRetention: RetentionDays;
  /** The address e-mail is sent from: its domain must be verified in SES. */
  mailFrom: string;
  /** Who gets the alarms by e-mail; none when left out (subscribe to the topic yourself). */
  alarmEmail?: string;
  /** The built web app, when it exists; nothing is uploaded otherwise. */
  webDist?: string;
  /** The site's own domain, with an ACM certificate for it in us-east-1; the cloudfront.net name otherwise. */
  domain?: { name: string; certificateArn: string };
  /** The prefix of the Cognito sign-in domain; unique within the region, so it carries the account id by default. */
  authDomainPrefix: string;
}

const text = (scope: Construct, key: string): string | undefined => {
  const value: unknown = scope.node.tryGetContext(key);
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/**
 * The stage from context (`-c stage=prod`). Anything but `prod` is a trial stage, which may be
 * thrown away; so a forgotten flag never makes production data disposable, only the reverse.
 */
export function stageOf(scope: Construct): Stage {
  const name = text(scope, 'stage') ?? 'dev';
  if (!/^[a-z][a-z0-9-]{1,15}$/.test(name)) throw new Error(`Context "stage" must be lower-case letters, digits or dashes: got "${name}".`);
  const prod = name === 'prod';
  const webDist = resolve(repositoryRoot, text(scope, 'webDist') ?? 'web/dist');
  const alarmEmail = text(scope, 'alarmEmail');
  const domainName = text(scope, 'domainName');
  const certificateArn = text(scope, 'certificateArn');
  if (Boolean(domainName) !== Boolean(certificateArn)) throw new Error('Context "domainName" and "certificateArn" go together: give both or neither.');
  return {
    name,
    prod,
    removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    logRetention: prod ? RetentionDays.ONE_YEAR : RetentionDays.ONE_MONTH,
    mailFrom: text(scope, 'mailFrom') ?? 'noreply@example.org',
    ...(alarmEmail ? { alarmEmail } : {}),
    ...(domainName && certificateArn ? { domain: { name: domainName, certificateArn } } : {}),
    ...(existsSync(resolve(webDist, 'index.html')) ? { webDist } : {}),
    authDomainPrefix: text(scope, 'authDomainPrefix') ?? `doorbraak-${name}-${Aws.ACCOUNT_ID}`,
  };
}
