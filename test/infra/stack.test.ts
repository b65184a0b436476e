import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../domain/people/actor.schema.js';
import { conceptsOf } from '../../functions/api/concepts.js';
import { handlerEntry, routeList } from '../../functions/api/routes.js';
import { customAttributes } from '../../functions/people/claims.js';
import { table as definition } from '../../functions/storage/table.js';
import { spaRoutingCode } from '../../infra/constructs/web.js';
import { functionMemory, memoryOf } from '../../infra/function-memory.js';
import type { AppFunction } from '../../infra/constructs/app-function.js';
import type { DoorbraakStack } from '../../infra/doorbraak-stack.js';
import { buildApp } from '../../infra/build-app.js';
import { fastContext, only, resourcesOf, stubJobs, synthesise } from './build.js';

let dev: { stack: DoorbraakStack; template: Template };
let prod: { stack: DoorbraakStack; template: Template };

beforeAll(() => {
  const webBuild = mkdtempSync(join(tmpdir(), 'doorbraak-web-'));
  mkdirSync(join(webBuild, 'assets'));
  writeFileSync(join(webBuild, 'index.html'), '<!doctype html><title>Doorbraak</title>');
  // Synthesis runs cdk-nag's AWS Solutions checks: it throws on any finding not acknowledged.
  dev = synthesise({ webDist: webBuild, alarmEmail: 'beheer@example.org', mailFrom: 'noreply@fonds.example.nl' });
  prod = synthesise({ stage: 'prod' });
}, 180_000);

const logicalId = (stack: DoorbraakStack, construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as never);

const read = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'kms:Decrypt'];
const write = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem', 'kms:Encrypt', 'kms:GenerateDataKey'];
const logsAndTraces = ['logs:CreateLogStream', 'logs:PutLogEvents', 'xray:PutTraceSegments', 'xray:PutTelemetryRecords'];
/** The Cognito actions of the routes that call the user directory. */
const directory: Record<string, string[]> = {
  listUsers: ['cognito-idp:ListUsersInGroup'],
  inviteUser: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminAddUserToGroup'],
  disableUser: ['cognito-idp:AdminGetUser', 'cognito-idp:AdminListGroupsForUser', 'cognito-idp:AdminDisableUser', 'cognito-idp:AdminUserGlobalSignOut'],
  changeUser: [
    'cognito-idp:AdminGetUser', 'cognito-idp:AdminListGroupsForUser', 'cognito-idp:AdminUpdateUserAttributes', 'cognito-idp:AdminDeleteUserAttributes',
    'cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminRemoveUserFromGroup',
  ],
  enableUser: ['cognito-idp:AdminGetUser', 'cognito-idp:AdminListGroupsForUser', 'cognito-idp:AdminEnableUser'],
  handOverCase: ['cognito-idp:AdminGetUser', 'cognito-idp:AdminListGroupsForUser'],
};
const concepts = conceptsOf();

/** Every statement of the policies attached to a role. */
const statementsOf = (template: Template, roleId: string) =>
  Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
    .filter((p) => (p.Properties as any).Roles.some((r: any) => r.Ref === roleId))
    .flatMap((p) => (p.Properties as any).PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
const actions = (statements: { Action: string | string[] }[]) => statements.flatMap((s) => [s.Action].flat()).sort();

describe('the data', () => {
  it('is the one table of the shared definition: keys, indexes and stream', () => {
    const table = only(dev.template, 'AWS::DynamoDB::Table').Properties as any;
    expect(table.KeySchema).toEqual([
      { AttributeName: definition.partitionKey, KeyType: 'HASH' },
      { AttributeName: definition.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.GlobalSecondaryIndexes.map((i: any) => [i.IndexName, i.KeySchema.map((k: any) => k.AttributeName)])).toEqual(
      Object.values(definition.indexes).map((i) => [i.name, [i.partitionKey, i.sortKey]]),
    );
    expect(table.StreamSpecification).toEqual({ StreamViewType: definition.stream });
    expect(table.TimeToLiveSpecification).toEqual({ AttributeName: definition.timeToLive, Enabled: true });
  });

  it('is on demand, recoverable to the second, and encrypted with our own key', () => {
    const table = only(dev.template, 'AWS::DynamoDB::Table').Properties as any;
    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.SSESpecification).toMatchObject({ SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [only(dev.template, 'AWS::KMS::Key').id, 'Arn'] } });
    expect(only(dev.template, 'AWS::KMS::Key').Properties).toMatchObject({ EnableKeyRotation: true });
  });

  it('survives the deletion of the prod stack, and is protected from deletion there', () => {
    const table = only(prod.template, 'AWS::DynamoDB::Table');
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    for (const type of ['AWS::DynamoDB::Table', 'AWS::KMS::Key', 'AWS::Cognito::UserPool'])
      expect(only(prod.template, type).DeletionPolicy, type).toBe('Retain');
    expect(only(prod.template, 'AWS::Cognito::UserPool').Properties.DeletionProtection).toBe('ACTIVE');
  });

  it('may be thrown away with a trial stage', () => {
    expect(only(dev.template, 'AWS::DynamoDB::Table').DeletionPolicy).toBe('Delete');
    expect(only(dev.template, 'AWS::DynamoDB::Table').Properties.DeletionProtectionEnabled).toBe(false);
  });
});

describe('the identity', () => {
  it('lets nobody sign up, asks for strong passwords and an authenticator app, and guards sign-in', () => {
    const pool = only(dev.template, 'AWS::Cognito::UserPool').Properties as any;
    expect(pool.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(pool.Policies.PasswordPolicy).toMatchObject({ MinimumLength: 14, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true });
    expect(pool.MfaConfiguration).toBe('ON');
    expect(pool.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.UserPoolTier).toBe('PLUS');
    expect(pool.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
  });

  it('has a group per role and the custom attributes whose claims the handlers read', () => {
    const groups = Object.values(resourcesOf(dev.template, 'AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName);
    expect(groups.sort()).toEqual([...roles].sort());
    const schema = (only(dev.template, 'AWS::Cognito::UserPool').Properties as any).Schema as { Name: string; Mutable: boolean }[];
    expect(schema.map((a) => a.Name)).toEqual(expect.arrayContaining([...customAttributes, 'name', 'email']));
    expect(schema.find((a) => a.Name === 'fund')?.Mutable).toBe(false);
    // The manager moves people between organisations (custom:org) and disciplines; the first organisation
    // attribute stays immutable, as pools created with it have it and Cognito cannot change that.
    expect(schema.find((a) => a.Name === 'org')?.Mutable).toBe(true);
    expect(schema.find((a) => a.Name === 'discipline')?.Mutable).toBe(true);
    expect(schema.find((a) => a.Name === 'organisation')?.Mutable).toBe(false);
  });

  it('gives the web app a public client: authorization code (PKCE), no secret, no write access to the fund', () => {
    const client = only(dev.template, 'AWS::Cognito::UserPoolClient').Properties as any;
    expect(client.GenerateSecret).toBe(false);
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.WriteAttributes).toEqual(['name']);
    expect(JSON.stringify(client.CallbackURLs)).toContain('/auth/callback');
  });

  it('is what the API trusts: the authorizer takes ID tokens of this pool for this client only', () => {
    const authorizer = only(dev.template, 'AWS::ApiGatewayV2::Authorizer').Properties as any;
    expect(authorizer.AuthorizerType).toBe('JWT');
    expect(authorizer.JwtConfiguration.Audience).toEqual([{ Ref: only(dev.template, 'AWS::Cognito::UserPoolClient').id }]);
    expect(JSON.stringify(authorizer.JwtConfiguration.Issuer)).toContain(only(dev.template, 'AWS::Cognito::UserPool').id);
  });
});

describe('the API', () => {
  it('has exactly the routes of the route table, each behind the authorizer unless public', () => {
    const routes = Object.values(resourcesOf(dev.template, 'AWS::ApiGatewayV2::Route')).map((r) => r.Properties as any);
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(routeList.map((r) => `${r.method} ${r.path}`).sort());
    for (const route of routeList) {
      const found = routes.find((r) => r.RouteKey === `${route.method} ${route.path}`);
      expect(found.AuthorizationType, route.operationId).toBe(route.roles === 'public' ? 'NONE' : 'JWT');
    }
    expect(routeList.filter((r) => r.roles === 'public').map((r) => r.operationId).sort()).toEqual(['health', 'openApi']);
  });

  it('is throttled and logs every request to a log group that forgets', () => {
    const stage = only(dev.template, 'AWS::ApiGatewayV2::Stage').Properties as any;
    expect(stage.DefaultRouteSettings).toEqual({ ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 });
    const logGroupId = stage.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    expect(resourcesOf(dev.template, 'AWS::Logs::LogGroup')[logGroupId]?.Properties.RetentionInDays).toBe(30);
    expect(resourcesOf(prod.template, 'AWS::Logs::LogGroup')[logGroupId]?.Properties.RetentionInDays).toBe(365);
  });

  it('runs every function on Node.js 24, arm64, traced, with the table name and Powertools settings', () => {
    const functions = Object.values(resourcesOf(dev.template, 'AWS::Lambda::Function')).filter((f) => (f.Properties as any).Runtime?.startsWith('nodejs'));
    expect(functions.length).toBe(concepts.length + 2);
    for (const { Properties: fn } of functions as { Properties: any }[]) {
      expect(fn).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], TracingConfig: { Mode: 'Active' } });
      expect(Object.keys(fn.Environment.Variables)).toEqual(expect.arrayContaining(['POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_LOG_LEVEL']));
      // The mailer alone has no table name: it reads the table's stream, and the addresses from Cognito.
      if (!fn.Environment.Variables.MAIL_FROM) expect(Object.keys(fn.Environment.Variables)).toContain('TABLE_NAME');
    }
  });

  it('runs each concept of the route table as one function, with a route of its own per route, all to its one integration', () => {
    const api = dev.stack.parts.api.functions;
    expect(new Set(api.map((f) => f.concept.name)).size).toBe(api.length);
    expect(api.flatMap((f) => f.concept.routes).map((r) => r.operationId).sort()).toEqual(routeList.map((r) => r.operationId).sort());
    for (const { concept } of api) {
      expect(concept.entry).toBe(`functions/${concept.name}/${concept.name}.function.ts`);
      for (const route of concept.routes) expect(handlerEntry(route), concept.name).toMatch(new RegExp(`^functions/${concept.name}/`));
    }
    const integrations = resourcesOf(dev.template, 'AWS::ApiGatewayV2::Integration');
    const routes = Object.values(resourcesOf(dev.template, 'AWS::ApiGatewayV2::Route')).map((r) => r.Properties as any);
    for (const { concept, fn } of api) {
      const integrationIds = Object.entries(integrations)
        .filter(([, i]) => (i.Properties as any).IntegrationUri['Fn::GetAtt'][0] === logicalId(dev.stack, fn.fn))
        .map(([id]) => id);
      expect(integrationIds, concept.name).toHaveLength(1);
      const targeted = routes.filter((r) => JSON.stringify(r.Target).includes(integrationIds[0]!)).map((r) => r.RouteKey).sort();
      expect(targeted, concept.name).toEqual(concept.routes.map((r) => `${r.method} ${r.path}`).sort());
    }
  });

  it('gives each function the memory infra/function-memory.ts keeps for it (the bench chooses it)', () => {
    const memoryOfFunction = (app: AppFunction) => (resourcesOf(dev.template, 'AWS::Lambda::Function')[logicalId(dev.stack, app.fn)]?.Properties as any).MemorySize;
    for (const { concept, fn } of dev.stack.parts.api.functions) expect(memoryOfFunction(fn), concept.name).toBe(memoryOf(concept.name));
    const jobs = dev.stack.parts.jobs.functions;
    expect(memoryOfFunction(jobs.find((f) => f.name === 'ScheduledJob')!.fn)).toBe(memoryOf('scheduled-job'));
    expect(memoryOfFunction(jobs.find((f) => f.name === 'SendNotifications')!.fn)).toBe(memoryOf('send-notifications'));
    expect(Object.keys(functionMemory).sort()).toEqual([...concepts.map((c) => c.name), 'scheduled-job', 'send-notifications'].sort());
  });

  it('lets API Gateway invoke each function through one permission, for this API only', () => {
    const permissions = Object.values(resourcesOf(dev.template, 'AWS::Lambda::Permission')).map((p) => p.Properties as any);
    const apiId = only(dev.template, 'AWS::ApiGatewayV2::Api').id;
    for (const { concept, fn } of dev.stack.parts.api.functions) {
      const mine = permissions.filter((p) => p.FunctionName['Fn::GetAtt']?.[0] === logicalId(dev.stack, fn.fn));
      expect(mine, concept.name).toHaveLength(1);
      expect(mine[0]).toMatchObject({ Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com' });
      expect(JSON.stringify(mine[0].SourceArn)).toContain(`{"Ref":"${apiId}"},"/*/*/*"`);
    }
  });

  it("each function's policy allows exactly the actions its concept's routes need, together", () => {
    for (const { concept, fn } of dev.stack.parts.api.functions) {
      const expected = [...new Set([
        ...logsAndTraces,
        ...(concept.routes.some((r) => r.tableAccess !== 'none') ? read : []),
        ...(concept.routes.some((r) => r.tableAccess === 'read-write') ? write : []),
        ...concept.routes.flatMap((r) => directory[r.operationId] ?? []),
      ])].sort();
      const roleId = logicalId(dev.stack, fn.role);
      expect(actions(statementsOf(dev.template, roleId)), concept.name).toEqual(expected);
    }
  });

  it('keeps the narrow ones narrow: no table for the API about itself, only reads for the learning picture, Cognito for people and hand-over only', () => {
    const actionsOf = (name: string) => {
      const { fn } = dev.stack.parts.api.functions.find((f) => f.concept.name === name)!;
      return actions(statementsOf(dev.template, logicalId(dev.stack, fn.role)));
    };
    expect(actionsOf('api')).toEqual([...logsAndTraces].sort());
    expect(actionsOf('learning')).toEqual([...logsAndTraces, ...read].sort());
    const withCognito = dev.stack.parts.api.functions.filter((f) => actionsOf(f.concept.name).some((a) => a.startsWith('cognito-idp:')));
    expect(withCognito.map((f) => f.concept.name)).toEqual(['people', 'follow-up']);
    expect(actionsOf('follow-up').filter((a) => a.startsWith('cognito-idp:'))).toEqual(['cognito-idp:AdminGetUser', 'cognito-idp:AdminListGroupsForUser']);
  });

  it('names every resource of those actions, the table and each index, but for X-Ray', () => {
    const tableId = only(dev.template, 'AWS::DynamoDB::Table').id;
    for (const { concept, fn } of dev.stack.parts.api.functions) {
      for (const statement of statementsOf(dev.template, logicalId(dev.stack, fn.role))) {
        const resources = JSON.stringify(statement.Resource);
        if (resources === '"*"') expect([statement.Action].flat().every((a) => a.startsWith('xray:')), concept.name).toBe(true);
        if ([statement.Action].flat().some((a) => a.startsWith('dynamodb:')))
          for (const index of Object.values(definition.indexes)) expect(resources).toContain(`/index/${index.name}`);
        if ([statement.Action].flat().some((a) => a.startsWith('dynamodb:'))) expect(resources).toContain(tableId);
      }
    }
  });
});

describe('the web app', () => {
  const distribution = (template: Template) => (only(template, 'AWS::CloudFront::Distribution').Properties as any).DistributionConfig;

  it('is served from a private bucket through origin access control', () => {
    const config = distribution(dev.template);
    const site = config.Origins.find((o: any) => o.S3OriginConfig);
    expect(site.OriginAccessControlId).toBeDefined();
    expect(site.S3OriginConfig.OriginAccessIdentity).toBe('');
    for (const bucket of Object.values(resourcesOf(dev.template, 'AWS::S3::Bucket')))
      expect((bucket.Properties as any).PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
      });
  });

  it('sends /api/* to the HTTP API on the same domain, uncached, with the bearer token', () => {
    const [api] = distribution(dev.template).CacheBehaviors;
    expect(api.PathPattern).toBe('/api/*');
    expect(api.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // Managed-CachingDisabled
    expect(api.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac'); // Managed-AllViewerExceptHostHeader
    const origin = distribution(dev.template).Origins.find((o: any) => o.Id === api.TargetOriginId);
    expect(JSON.stringify(origin.DomainName)).toContain('.execute-api.');
  });

  it("routes the app's own paths to index.html without touching the API's 403 and 404 answers", () => {
    const config = distribution(dev.template);
    expect(config.CustomErrorResponses).toBeUndefined();
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [only(dev.template, 'AWS::CloudFront::Function').id, 'FunctionARN'] } },
    ]);
    const handler = new Function(`${spaRoutingCode}; return handler;`)() as (e: { request: { uri: string } }) => { uri: string };
    expect(handler({ request: { uri: '/cases/123' } }).uri).toBe('/index.html');
    expect(handler({ request: { uri: '/' } }).uri).toBe('/index.html');
    expect(handler({ request: { uri: '/assets/index-abc.js' } }).uri).toBe('/assets/index-abc.js');
  });

  it('sends strict security headers with every answer, the API included', () => {
    const headers = only(dev.template, 'AWS::CloudFront::ResponseHeadersPolicy');
    const security = (headers.Properties as any).ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(security.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain('amazoncognito.com'); // sign-in and token endpoints
    expect(csp).toContain('https://cognito-idp.'); // OpenID discovery
    expect(security.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Preload: true });
    expect(security.FrameOptions.FrameOption).toBe('DENY');
    const config = distribution(dev.template);
    expect(config.CacheBehaviors[0].ResponseHeadersPolicyId).toEqual({ Ref: headers.id });
    expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: headers.id });
  });

  it("answers on the fund's own domain with TLS 1.2 at least, when given one", () => {
    const { template } = synthesise({
      stage: 'acc', domainName: 'fonds.gemeente.nl', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
    });
    const config = distribution(template);
    expect(config.Aliases).toEqual(['fonds.gemeente.nl']);
    expect(config.ViewerCertificate).toMatchObject({ MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' });
    expect((only(template, 'AWS::Cognito::UserPoolClient').Properties as any).CallbackURLs).toEqual(['https://fonds.gemeente.nl/auth/callback']);
  }, 120_000);

  it('uploads the built app with its sign-in settings, and deploys without a build', () => {
    const upload = (Object.values(dev.template.findResources('Custom::CDKBucketDeployment')) as any[]).find((u) => u.Properties.SourceMarkers?.length === 2);
    expect(upload).toBeDefined();
    // The second source is config.json: the web app learns its Cognito client from it.
    expect(JSON.stringify(upload.Properties.SourceMarkers[1])).toContain(only(dev.template, 'AWS::Cognito::UserPoolClient').id);
    expect(Object.keys(prod.template.findResources('Custom::CDKBucketDeployment'))).toHaveLength(0);
  });
});

describe('the web app in browsers', () => {
  const uploads = () => Object.entries(dev.template.findResources('Custom::CDKBucketDeployment')) as [string, any][];

  it('keeps hashed assets a year and old ones in the bucket, and checks index.html and config.json on every visit', () => {
    const [assetsId, assets] = uploads().find(([, u]) => JSON.stringify(u.Properties.Include ?? []).includes('assets/*'))!;
    expect(assets.Properties.Exclude).toEqual(['*']);
    expect(assets.Properties.Prune).toBe(false);
    expect(assets.Properties.SystemMetadata['cache-control']).toBe('public, max-age=31536000, immutable');
    const [, app] = uploads().find(([id]) => id !== assetsId)!;
    expect(app.Properties.Exclude).toEqual(['assets/*']);
    expect(app.Properties.SystemMetadata['cache-control']).toBe('no-cache');
    // index.html goes up only once the chunks it names are there.
    expect(app.DependsOn).toContain(assetsId);
  });

  it('is compressed by CloudFront (gzip and brotli)', () => {
    const config = (only(dev.template, 'AWS::CloudFront::Distribution').Properties as any).DistributionConfig;
    expect(config.DefaultCacheBehavior.Compress).toBe(true);
    expect(config.DefaultCacheBehavior.CachePolicyId).toBe('658327ea-f89d-4fab-a63d-7e88639e58f6'); // Managed-CachingOptimized: gzip and brotli in the cache key
  });
});

describe('the jobs and e-mail', () => {
  const fnId = (name: 'ScheduledJob' | 'SendNotifications') =>
    logicalId(dev.stack, dev.stack.parts.jobs.functions.find((f) => f.name === name)!.fn.fn);

  it('runs the scheduled job every 15 minutes', () => {
    const schedule = only(dev.template, 'AWS::Scheduler::Schedule').Properties as any;
    expect(schedule.ScheduleExpression).toBe('rate(15 minutes)');
    expect(schedule.Target.Arn).toEqual({ 'Fn::GetAtt': [fnId('ScheduledJob'), 'Arn'] });
    expect(schedule.Target.Input).toContain('<aws.scheduler.scheduled-time>');
    expect(schedule.Target.DeadLetterConfig.Arn).toEqual({ 'Fn::GetAtt': [only(dev.template, 'AWS::SQS::Queue').id, 'Arn'] });
  });

  it('wakes the mailer for new notifications only, and sends what fails to the dead-letter queue', () => {
    const mapping = only(dev.template, 'AWS::Lambda::EventSourceMapping').Properties as any;
    expect(mapping.FunctionName).toEqual({ Ref: fnId('SendNotifications') });
    expect(JSON.parse(mapping.FilterCriteria.Filters[0].Pattern)).toEqual({
      eventName: ['INSERT'],
      dynamodb: { NewImage: { entity: { S: ['notification'] } } },
    });
    expect(mapping.DestinationConfig.OnFailure.Destination).toEqual({ 'Fn::GetAtt': [only(dev.template, 'AWS::SQS::Queue').id, 'Arn'] });
  });

  it('gives the job and the mailer exactly the actions they need', () => {
    const jobs = dev.stack.parts.jobs.functions;
    const actionsOf = (name: string) => actions(statementsOf(dev.template, logicalId(dev.stack, jobs.find((f) => f.name === name)!.fn.role)));
    const mailing = ['cognito-idp:AdminGetUser', 'cognito-idp:AdminListGroupsForUser', 'cognito-idp:ListUsersInGroup', 'ses:SendEmail'];
    // The job also sends the daily digest and reads the panel for voting reminders.
    expect(actionsOf('ScheduledJob')).toEqual([...logsAndTraces, ...read, ...write, ...mailing].sort());
    expect(actionsOf('SendNotifications')).toEqual([
      ...logsAndTraces,
      // Each recipient's notification settings: immediate or daily digest, and the language.
      ...read,
      'dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams', 'kms:Decrypt', 'kms:DescribeKey',
      'sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl',
      'cognito-idp:AdminGetUser', 'cognito-idp:AdminListGroupsForUser', 'cognito-idp:ListUsersInGroup',
      'ses:SendEmail',
    ].sort());
  });

  it('sends e-mail with SES from the configured address only', () => {
    const mailer = resourcesOf(dev.template, 'AWS::Lambda::Function')[fnId('SendNotifications')]!.Properties as any;
    expect(mailer.Environment.Variables.MAIL_FROM).toBe('noreply@fonds.example.nl');
    const policies = JSON.stringify(resourcesOf(dev.template, 'AWS::IAM::Policy'));
    expect(policies).toContain('ses:SendEmail');
    expect(policies).toContain(':identity/fonds.example.nl');
  });
});

describe('the monitoring', () => {
  const alarms = () => Object.values(resourcesOf(dev.template, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties as any);

  it('alarms on API 5xx, on each function failing or throttled, and on dead letters, to one topic', () => {
    const topicRef = { Ref: only(dev.template, 'AWS::SNS::Topic').id };
    expect(alarms().every((a) => JSON.stringify(a.AlarmActions) === JSON.stringify([topicRef]))).toBe(true);
    expect(alarms().some((a) => a.MetricName === '5xx' && a.Namespace === 'AWS/ApiGateway')).toBe(true);
    expect(alarms().some((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible' && a.Namespace === 'AWS/SQS')).toBe(true);
    const perFunction = alarms().filter((a) => a.Metrics?.some((m: any) => m.Expression === 'errors + throttles'));
    expect(perFunction).toHaveLength(concepts.length + 2);
  });

  it('mails the alarms to the address given, and has a dashboard', () => {
    expect(only(dev.template, 'AWS::SNS::Subscription').Properties).toMatchObject({ Protocol: 'email', Endpoint: 'beheer@example.org' });
    expect(Object.keys(prod.template.findResources('AWS::SNS::Subscription'))).toHaveLength(0);
    expect(Object.keys(dev.template.findResources('AWS::CloudWatch::Dashboard'))).toHaveLength(1);
  });
});

describe('the checks', () => {
  it('passes cdk-nag AWS Solutions with every finding acknowledged, in both stages', () => {
    // beforeAll synthesised both stages with the checks on: synthesis throws on any open finding.
    expect(Object.keys(dev.template.toJSON().Resources).length).toBeGreaterThan(100);
    expect(Object.keys(prod.template.toJSON().Resources).length).toBeGreaterThan(100);
  });

  it('really runs those checks: one unacknowledged finding stops synthesis', () => {
    const { app, stack } = buildApp({ context: { ...fastContext, stage: 'nagtest' } }, { jobEntries: stubJobs });
    new Queue(stack, 'Unchecked'); // no encryption in transit enforced, no dead-letter queue
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS4/);
  }, 120_000);

  it('refuses a stage name that could not be part of resource names, and half a custom domain', () => {
    expect(() => synthesise({ stage: 'Prod Env' })).toThrow(/stage/);
    expect(() => synthesise({ domainName: 'fonds.gemeente.nl' })).toThrow(/certificateArn/);
  });
});
