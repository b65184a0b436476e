import { resolve } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag-acknowledgements.js';
import { repositoryRoot, type Stage } from '../stage.js';

export interface AppFunctionProps {
  /** The handler module, relative to the repository root (`handlerEntry(route)`). */
  entry: string;
  stage: Stage;
  environment?: Record<string, string>;
  timeout?: Duration;
  /** Its memory in MB: `memoryOf(name)` of infra/function-memory.ts, where the bench's choice is kept. */
  memorySize: number;
  /** Any action besides X-Ray's that can only be granted on all resources, and why. */
  alsoOnAllResources?: string;
}

/** ESM needs `require` for the few CommonJS dependencies esbuild leaves as dynamic requires. */
const requireShim = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * One Lambda function as every part of Doorbraak runs: Node.js 24 on arm64, bundled locally by
 * esbuild (no Docker), traced, JSON logs to its own log group with retention, and a role of its
 * own that starts with nothing but writing those logs. Callers add exactly what it needs.
 */
export class AppFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: props.stage.logRetention, removalPolicy: props.stage.removalPolicy });
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.role.addToPolicy(new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
    this.fn = new NodejsFunction(this, 'Function', {
      entry: resolve(repositoryRoot, props.entry),
      handler: 'handler',
      projectRoot: repositoryRoot,
      depsLockFilePath: resolve(repositoryRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      environment: {
        POWERTOOLS_SERVICE_NAME: 'doorbraak',
        POWERTOOLS_METRICS_NAMESPACE: 'Doorbraak',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        minify: true,
        sourceMap: true,
        mainFields: ['module', 'main'],
        banner: requireShim,
        forceDockerBundling: false,
        // The Node.js 24 runtime carries AWS SDK v3 (clients and lib-dynamodb): leaving it out of
        // the bundle halves each function (about 850 kB to 450 kB). The API used is stable across 3.x.
        externalModules: ['@aws-sdk/*'],
      },
    });
    acknowledge(this.role, 'AwsSolutions-IAM5[Resource::*]', [
      'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
      props.alsoOnAllResources,
      'Every other statement of this role names its resources (the infra tests check each role action by action).',
    ].filter(Boolean).join(' '));
  }
}
