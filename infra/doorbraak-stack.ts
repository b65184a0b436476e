import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { Concept } from '../functions/api/concepts.js';
import { Api } from './constructs/api.js';
import { Data } from './constructs/data.js';
import { Identity } from './constructs/identity.js';
import { Jobs, type JobEntries } from './constructs/jobs.js';
import { Monitoring } from './constructs/monitoring.js';
import { Web } from './constructs/web.js';
import type { Stage } from './stage.js';

/** What tests put in place of the real parts: the job handlers, or a larger route table by concept. */
export interface StandIns {
  jobEntries?: JobEntries;
  concepts?: Concept[];
}

/** Everything of one stage in one stack: data, identity, API, web app, jobs and monitoring. */
export class DoorbraakStack extends Stack {
  readonly parts: { data: Data; identity: Identity; api: Api; web: Web; jobs: Jobs; monitoring: Monitoring };

  constructor(scope: Construct, id: string, props: StackProps & { stage: Stage } & StandIns) {
    super(scope, id, props);
    const { stage } = props;
    const data = new Data(this, 'Data', stage);
    const authOrigin = `https://${stage.authDomainPrefix}.auth.${this.region}.amazoncognito.com`;
    const web = new Web(this, 'Web', { stage, authOrigins: [authOrigin, `https://cognito-idp.${this.region}.amazonaws.com`] });
    const identity = new Identity(this, 'Identity', { stage, webUrl: web.url });
    const api = new Api(this, 'Api', { stage, data, identity, ...(props.concepts ? { concepts: props.concepts } : {}) });
    web.routeApi(api.httpApi);
    const oidcIssuer = `https://cognito-idp.${this.region}.amazonaws.com/${identity.userPool.userPoolId}`;
    // The same settings the web build takes as VITE_* variables (web/src/lib/config.schema.ts), at /config.json.
    // Cognito's discovery document names no end-session page: its hosted /logout is given explicitly.
    web.deploy(stage, {
      VITE_AUTH: 'oidc', VITE_OIDC_ISSUER: oidcIssuer, VITE_OIDC_CLIENT_ID: identity.webClient.userPoolClientId,
      VITE_OIDC_END_SESSION_ENDPOINT: `${authOrigin}/logout`,
    });
    const jobs = new Jobs(this, 'Jobs', {
      stage, data, identity, webUrl: web.url, ...(props.jobEntries ? { entries: props.jobEntries } : {}),
    });
    const monitoring = new Monitoring(this, 'Monitoring', { stage, data, api, jobs });
    this.parts = { data, identity, api, web, jobs, monitoring };
    this.outputs({
      WebUrl: web.url,
      DistributionDomainName: web.distribution.distributionDomainName,
      OidcIssuer: oidcIssuer,
      WebClientId: identity.webClient.userPoolClientId,
      UserPoolId: identity.userPool.userPoolId,
      AuthOrigin: authOrigin,
      TableName: data.table.tableName,
      AlarmTopicArn: monitoring.topic.topicArn,
    });
  }

  /** What `cdk deploy` prints at the end: what docs/deploy.md asks for next. */
  private outputs(values: Record<string, string>): void {
    for (const [name, value] of Object.entries(values)) new CfnOutput(this, name, { value });
  }
}
