import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Route } from '../../functions/api/route.js';
import { handlerEntry, routeList, routes } from '../../functions/api/routes.js';
import { cognitoActions } from '../../functions/people/cognito-user-directory.js';
import { acknowledge } from '../nag-acknowledgements.js';
import type { Stage } from '../stage.js';
import { AppFunction } from './app-function.js';
import type { Data } from './data.js';
import type { Identity } from './identity.js';

/** The user directory operations each user-administration route calls, and so the Cognito actions it gets. */
export const directoryOperations: Partial<Record<string, readonly (keyof typeof cognitoActions)[]>> = {
  [routes.listUsers.operationId]: ['listUsers'],
  [routes.inviteUser.operationId]: ['invite'],
  [routes.disableUser.operationId]: ['findUser', 'disable'],
  [routes.handOverCase.operationId]: ['findUser'],
};

export const directoryActionsOf = (route: Pick<Route, 'operationId'>): string[] =>
  (directoryOperations[route.operationId] ?? []).flatMap((operation) => [...cognitoActions[operation]]);

/** Steady and burst request rates for the whole API: far above a fund's use, low enough to blunt a flood. */
export const apiThrottle = { rateLimit: 50, burstLimit: 100 };

const pascal = (operationId: string) => operationId[0]!.toUpperCase() + operationId.slice(1);

/**
 * The HTTP API, built from the same route table the local server serves: one function per route,
 * each with the table access its route declares and nothing more. Every route but the public ones
 * (health, the OpenAPI document) needs a Cognito ID token.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly functions: { route: Route; fn: AppFunction }[] = [];

  constructor(scope: Construct, id: string, props: { stage: Stage; data: Data; identity: Identity }) {
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

    for (const route of routeList) {
      const fn = this.routeFunction(route, props);
      this.functions.push({ route, fn });
      const [added] = this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${pascal(route.operationId)}Integration`, fn.fn),
        ...(route.roles === 'public' ? {} : { authorizer }),
      });
      if (route.roles === 'public' && added)
        acknowledge(added, 'AwsSolutions-APIG4', `${route.path} is public by design (the route table says so): ${route.summary} It reads no data of any fund.`);
    }
  }

  private accessLogs(stage: Stage): LogGroup {
    return new LogGroup(this, 'AccessLogs', { retention: stage.logRetention, removalPolicy: stage.removalPolicy });
  }

  private routeFunction(route: Route, props: { stage: Stage; data: Data; identity: Identity }): AppFunction {
    const directoryActions = directoryActionsOf(route);
    const fn = new AppFunction(this, pascal(route.operationId), {
      entry: handlerEntry(route),
      stage: props.stage,
      environment: {
        TABLE_NAME: props.data.table.tableName,
        ...(directoryActions.length > 0 ? { USER_POOL_ID: props.identity.userPool.userPoolId } : {}),
      },
    });
    props.data.grant(fn.fn, route.tableAccess);
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
