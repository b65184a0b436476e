import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/build-app.js';
import type { StandIns } from '../../infra/doorbraak-stack.js';

/** Context that keeps assertion tests fast: no bundling, no stack traces. */
export const fastContext = { 'aws:cdk:bundling-stacks': [], 'aws:cdk:disable-stack-trace': true };

/**
 * The real app (with cdk-nag's checks, which make synthesis throw on any unacknowledged finding)
 * for a stage, as its template. `webDist` points at a stand-in build so tests need no web build;
 * `standIns` may replace the route table by concept.
 */
export function synthesise(context: Record<string, unknown> = {}, standIns: Omit<StandIns, 'jobEntries'> = {}) {
  const { app, stack } = buildApp({ context: { ...fastContext, webDist: 'test/infra/no-web-build', ...context } }, { jobEntries: stubJobs, ...standIns });
  return { app, stack, template: Template.fromStack(stack) };
}

/** Stand-ins for the job handlers: with bundling off only their existence matters. */
export const stubJobs = {
  scheduledJob: 'test/infra/stubs/run-scheduled-job.handler.ts',
  sendNotifications: 'test/infra/stubs/send-notifications.handler.ts',
};

type Resources = Record<string, { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string }>;

export const resourcesOf = (template: Template, type: string) => template.findResources(type) as Resources;

/** The one resource of a type, or fails. */
export function only(template: Template, type: string) {
  const found = Object.entries(resourcesOf(template, type));
  if (found.length !== 1) throw new Error(`Expected one ${type}, found ${found.length}.`);
  return { id: found[0]![0], ...found[0]![1] };
}
