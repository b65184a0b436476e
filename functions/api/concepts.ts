import type { Route } from './route.js';
import { handlerEntry, routeList } from './routes.js';

/** The routes of one concept, served by one Lambda function. */
export interface Concept {
  /** The folder of `functions/` that holds the concept's routes and handlers: `case`, `follow-up`, … */
  name: string;
  /** Its one Lambda entry, which routes each of its routes to the route's handler. */
  entry: string;
  routes: Route[];
}

/** The concept a route belongs to: the folder its handler lives in. */
export const conceptOf = (route: Pick<Route, 'operationId'>): string => handlerEntry(route).split('/')[1]!;

/** A concept's Lambda entry, `functions/<concept>/<concept>.function.ts`: what the local server imports and CDK bundles. */
export const functionEntry = (concept: string): string => `functions/${concept}/${concept}.function.ts`;

/**
 * The route table grouped by concept, in the table's order: one function each, on AWS and locally.
 * A new route joins its concept's function; a new concept folder gets a function of its own.
 */
export function conceptsOf(routes: readonly Route[] = routeList): Concept[] {
  const byName = new Map<string, Concept>();
  for (const route of routes) {
    const name = conceptOf(route);
    const concept = byName.get(name) ?? { name, entry: functionEntry(name), routes: [] };
    concept.routes.push(route);
    byName.set(name, concept);
  }
  return [...byName.values()];
}

const widening: readonly Route['tableAccess'][] = ['none', 'read', 'read-write'];

/** The table access a concept's function needs: the widest of its routes'. */
export const tableAccessOf = (concept: Pick<Concept, 'routes'>): Route['tableAccess'] =>
  widening[Math.max(0, ...concept.routes.map((route) => widening.indexOf(route.tableAccess)))]!;
