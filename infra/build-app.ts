import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DoorbraakStack, type StandIns } from './doorbraak-stack.js';
import { stageOf } from './stage.js';

/** The CDK app: one stack for the stage chosen in context, checked by cdk-nag's AWS Solutions rules. */
export function buildApp(props: AppProps = {}, standIns: StandIns = {}): { app: App; stack: DoorbraakStack } {
  const app = new App(props);
  const stage = stageOf(app);
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION };
  const stack = new DoorbraakStack(app, `Doorbraak-${stage.name}`, { stage, env, description: `Doorbraak (${stage.name})`, ...standIns });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
