import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { conceptsOf, tableAccessOf, type Concept } from '../../functions/api/concepts.js';
import type { Route } from '../../functions/api/route.js';
import { routes } from '../../functions/api/routes.js';
import { cognitoActions } from '../../functions/people/cognito-user-directory.js';
import { acknowledge } from '../nag-acknowledgements.js';
import type { Stage } from '../stage.js';
import { memoryOf } from '../function-memory.js';
import { AppFunction } from './app-function.js';
import type { Data } from './data.js';
import type { Identity } from './identity.js';

/** The user directory operations each user-administration route calls, and so the Cognito actions its concept's function gets. */
export const directoryOperations: Partial<Record<string, readonly (keyof typeof cognitoActions)[]>> = {
  [routes.listUsers.operationId]: ['listUsers'],
  [routes.inviteUser.operationId]: ['invite'],
  [routes.changeUser.operationId]: ['findUser', 'change'],
  [routes.disableUser.operationId]: ['findUser', 'disable'],
  [routes.enableUser.operationId]: ['findUser', 'enable'],
  [routes.handOverCase.operationId]: ['findUser'],
};

export const directoryActionsOf = (route: Pick<Route, 'operationId'>): string[] =>
  (directoryOperations[route.operationId] ?? []).flatMap((operation) => [...cognitoActions[operation]]);

/** The Cognito actions a concept's function gets: those of its routes, each once. */
export const conceptDirectoryActions = (concept: Pick<Concept, 'routes'>): string[] => [...new Set(concept.routes.flatMap(directoryActionsOf))];

/** Steady and burst request rates for the whole API: far above a fund's use, low enough to blunt a flood. */
export const apiThrottle = { rateLimit: 50, burstLimit: 100 };

/** `follow-up` → `FollowUp`: a concept's name in construct ids and alarm names. */
export const pascal = (name: string) => name.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase());

export interface ApiProps {
  stage: Stage;
  data: Data;
  identity: Identity;
  /** The route table by concept; tests pass a larger one to measure how the stack grows. */
  concepts?: Concept[];
}

/**
 * The HTTP API, built from the same route table the local server serves: one function per concept
 * (`functions/<concept>/`), whose router hands each route to its own handler. A function gets the
 * widest table access its routes declare and the Cognito actions they call, nothing more. Per route
 * there is only the API Gateway route, so the stack grows by one resource a route, and by one
 * function's handful a concept. Every route but the public ones (health, the OpenAPI document)
 * needs a Cognito ID token.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly functions: { name: string; concept: Concept; fn: AppFunction }[] = [];

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const authorizer = new HttpUserPoolAuthorizer('CognitoIdToken', props.identity.userPool, {
      userPoolClients: [props.identity.webClient],
    });
    this.httpApi = new HttpApi(this, 'HttpApi', { createDefaultStage: false, description: 'Doorbraak API' });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      autoDeploy: true,
      throttle: apiThrottle,
      accessLogSettings: { destination: new LogGroupLogDestination(this.accessLogs(props.stage)), format: accessLogFormat },
    });

    for (const concept of props.concepts ?? conceptsOf()) {
      const name = pascal(concept.name);
      const fn = this.conceptFunction(name, concept, props);
      this.functions.push({ name, concept, fn });
      // One integration and one invoke permission per function, however many routes it serves. The
      // permission is for any route of this API (the router answers a key not its own with a 404).
      // CDK names both after the concept's first route: reordering its routes replaces them, new before old.
      const integration = new HttpLambdaIntegration(`${name}Integration`, fn.fn, { scopePermissionToRoute: false });
      for (const route of concept.routes) {
        const [added] = this.httpApi.addRoutes({
          path: route.path,
          methods: [HttpMethod[route.method]],
          integration,
          ...(route.roles === 'public' ? {} : { authorizer }),
        });
        if (route.roles === 'public' && added)
          acknowledge(added, 'AwsSolutions-APIG4', `${route.path} is public by design (the route table says so): ${route.summary} It reads no data of any fund.`);
      }
    }
  }

  private accessLogs(stage: Stage): LogGroup {
    return new LogGroup(this, 'AccessLogs', { retention: stage.logRetention, removalPolicy: stage.removalPolicy });
  }

  private conceptFunction(name: string, concept: Concept, props: ApiProps): AppFunction {
    const directoryActions = conceptDirectoryActions(concept);
    const fn = new AppFunction(this, name, {
      entry: concept.entry,
      stage: props.stage,
      memorySize: memoryOf(concept.name),
      environment: {
        TABLE_NAME: props.data.table.tableName,
        ...(directoryActions.length > 0 ? { USER_POOL_ID: props.identity.userPool.userPoolId } : {}),
      },
    });
    props.data.grant(fn.fn, tableAccessOf(concept));
    if (directoryActions.length > 0)
      fn.role.addToPolicy(new PolicyStatement({ actions: directoryActions, resources: [props.identity.userPool.userPoolArn] }));
    return fn;
  }
}

/** One JSON line per request: who asked what, how it went, and how long it took. No bodies, no tokens. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    method: '$context.httpMethod',
    route: '$context.routeKey',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    user: '$context.authorizer.claims.sub',
  }),
);
