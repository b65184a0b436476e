import { Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** One acknowledged cdk-nag finding: where, which, and why it is right here. */
export const acknowledge = (scope: IConstruct, id: string, reason: string) =>
  Validations.of(scope).acknowledge({ id, reason });

/** The logical id of a construct's resource, as cdk-nag writes it in finding ids (`<Id.Arn>`). */
export function logicalIdOf(construct: IConstruct): string {
  const stack = Stack.of(construct);
  return String(stack.resolve(stack.getLogicalId(construct.node.defaultChild as CfnElement)));
}
