import { Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  SecurityPolicyProtocol,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge, logicalIdOf } from '../nag-acknowledgements.js';
import type { Stage } from '../stage.js';

/**
 * Viewer-request function on the web app's behaviour: a path without a file extension is a route
 * of the single-page app, so it gets index.html. Done here rather than with CloudFront's error
 * responses, which would also turn the API's own 403 and 404 answers into the web page.
 */
export const spaRoutingCode = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/** Only the app itself, the API on the same origin, and Cognito (discovery, sign-in, tokens). */
export const contentSecurityPolicy = (authOrigins: string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${authOrigins.join(' ')}`,
    `form-action 'self' ${authOrigins[0] ?? ''}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    'upgrade-insecure-requests',
  ].join('; ');

/**
 * The web app: a private bucket behind CloudFront (origin access control), the API under `/api/*`
 * on the same domain so the browser needs no CORS, and strict security headers on every answer.
 */
export class Web extends Construct {
  readonly bucket: Bucket;
  readonly logs: Bucket;
  readonly distribution: Distribution;
  readonly headers: ResponseHeadersPolicy;
  readonly url: string;

  constructor(scope: Construct, id: string, props: { stage: Stage; authOrigins: string[] }) {
    super(scope, id);
    this.logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logs are delivered with an ACL.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      // Buckets are kept in every stage: CloudFormation cannot delete a bucket that holds objects.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 'site/',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.authOrigins), override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, preload: true, override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [{ header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true }],
      },
    });
    const spaRouting = new CloudFrontFunction(this, 'SpaRouting', {
      code: FunctionCode.fromInline(spaRoutingCode),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Routes of the single-page app get index.html',
    });
    this.distribution = new Distribution(this, 'Distribution', {
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        functionAssociations: [{ function: spaRouting, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      ...(props.stage.domain
        ? {
            domainNames: [props.stage.domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.stage.domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logs,
      logFilePrefix: 'cloudfront/',
    });
    this.url = `https://${props.stage.domain?.name ?? this.distribution.distributionDomainName}`;
    acknowledge(this.distribution, 'AwsSolutions-CFR1', 'No geo restriction: the fund’s counsellors, panel members and managers sign in from wherever they work, and every page but health needs an MFA-protected Cognito account.');
    acknowledge(this.distribution, 'AwsSolutions-CFR2', 'No WAF by default: a CloudFront web ACL must live in us-east-1 and costs more than the rest of the stack for one fund. The API is throttled per stage, every data route needs a Cognito ID token with MFA, and Cognito threat protection guards sign-in. Attach a web ACL (webAclId) where the municipality requires one.');
    if (!props.stage.domain)
      acknowledge(this.distribution, 'AwsSolutions-CFR4', 'Without a custom domain the distribution uses the default *.cloudfront.net certificate, whose security policy (TLSv1) CloudFront fixes; browsers negotiate TLS 1.2 or 1.3 anyway. With the domainName and certificateArn context the minimum is TLSv1.2_2021.');
  }

  /** `/api/*` to the HTTP API: never cached, every header but Host passed on (the bearer token among them). */
  routeApi(api: HttpApi): void {
    const domain = `${api.apiId}.execute-api.${Stack.of(this).region}.${Stack.of(this).urlSuffix}`;
    this.distribution.addBehavior('/api/*', new HttpOrigin(domain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }), {
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.headers,
    });
  }

  /**
   * Uploads the built app with the settings it reads at start (`/config.json`), when there is a build.
   * The hashed files under assets/ never change, so browsers keep them a year (`immutable`), and old
   * ones stay in the bucket so a tab opened before a deploy still finds its chunks; index.html and
   * config.json are checked on every visit (`no-cache`), so a deploy is seen at once. CloudFront
   * compresses both (gzip or brotli): the default behaviour compresses, and its managed
   * CachingOptimized policy keys the cache on the accepted encoding.
   */
  deploy(stage: Stage, config: Record<string, string>): void {
    if (!stage.webDist) return; // No `npm run build` yet: the stack still deploys, without the app.
    const assets = new BucketDeployment(this, 'DeploymentAssets', {
      sources: [Source.asset(stage.webDist)],
      destinationBucket: this.bucket,
      exclude: ['*'],
      include: ['assets/*'],
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
      memoryLimit: 512,
    });
    const deployment = new BucketDeployment(this, 'Deployment', {
      sources: [Source.asset(stage.webDist), Source.jsonData('config.json', config)],
      destinationBucket: this.bucket,
      // Not uploaded here, and so not pruned here either: the assets deployment above owns them.
      exclude: ['assets/*'],
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    // index.html names the new chunks: they are in the bucket before it is.
    deployment.node.addDependency(assets);
    acknowledgeBucketDeployment(assets, this.bucket);
    acknowledgeBucketDeployment(deployment, this.bucket);
  }
}

/** CDK's own upload function (one per stack), which runs only while deploying. */
function acknowledgeBucketDeployment(deployment: BucketDeployment, site: Bucket): void {
  const stack = Stack.of(site);
  const uploader = deployment.handlerRole.node.scope;
  if (!uploader) return;
  const because = (what: string) => `CDK's BucketDeployment upload function, which runs only during deployment: ${what}`;
  acknowledge(uploader, 'AwsSolutions-L1', because('its Python runtime is chosen and updated by aws-cdk-lib, not by this app.'));
  acknowledge(uploader, 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    because('AWSLambdaBasicExecutionRole only lets it write its own logs.'));
  for (const finding of ['Action::s3:GetObject*', 'Action::s3:GetBucket*', 'Action::s3:List*', 'Action::s3:DeleteObject*', 'Action::s3:Abort*'])
    acknowledge(uploader, `AwsSolutions-IAM5[${finding}]`, because('it copies the build from the CDK asset bucket to the site bucket and prunes old files; CDK grants these action groups on those two buckets only.'));
  // cdk-nag names the asset bucket as CloudFormation will see it: literal where the environment is known.
  const known = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);
  const assets = `arn:${known(stack.partition, 'Partition')}:s3:::cdk-hnb659fds-assets-${known(stack.account, 'AccountId')}-${known(stack.region, 'Region')}/*`;
  acknowledge(uploader, `AwsSolutions-IAM5[Resource::${assets}]`,
    because('it reads the uploaded build from the CDK bootstrap asset bucket.'));
  acknowledge(uploader, `AwsSolutions-IAM5[Resource::<${logicalIdOf(site)}.Arn>/*]`, because('it writes every object of the site bucket.'));
  acknowledge(uploader, 'AwsSolutions-IAM5[Resource::*]', because('cloudfront:CreateInvalidation and GetInvalidation, which CDK grants on all distributions.'));
}
