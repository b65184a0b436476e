import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureFunctionReach, measureHandlerReach } from '../../bench/handler-reach.js';
import { conceptsOf, functionEntry } from '../../functions/api/concepts.js';
import { handlerEntry, routeList } from '../../functions/api/routes.js';

const root = resolve(import.meta.dirname, '../..');
const reaches = measureHandlerReach(root);
const functions = measureFunctionReach(root);
const conceptOf = (file: string) => file.split('/')[1];
const isRoutesOrHandler = (module: string) => /\.(routes|handler)\.ts$/.test(module);

describe('handlers by concept', () => {
  it('finds every route its handler in the folder of the concept whose routes hold it', () => {
    for (const route of routeList) {
      const entry = handlerEntry(route);
      expect(existsSync(resolve(root, entry)), entry).toBe(true);
      expect(reaches.map((r) => r.handler)).toContain(entry);
    }
  });

  it('lets no handler reach the whole route table, except the one that writes the OpenAPI document', () => {
    const reachingTable = reaches.filter((r) => r.modules.includes('functions/api/routes.ts')).map((r) => r.handler);
    expect(reachingTable).toEqual([handlerEntry({ operationId: 'openApi' })]);
  });

  it("lets no handler reach another concept's routes or handlers", () => {
    for (const reach of reaches.filter((r) => r.handler !== handlerEntry({ operationId: 'openApi' }))) {
      const foreign = reach.modules.filter(
        (m) => /\.(routes|handler)\.ts$/.test(m) && m !== reach.handler && conceptOf(m) !== conceptOf(reach.handler),
      );
      expect(foreign, reach.handler).toEqual([]);
    }
  });
});

describe('one function per concept', () => {
  it("gives every concept of the route table its function, in the concept's folder, and no folder a function without routes", () => {
    const concepts = conceptsOf();
    for (const concept of concepts) expect(existsSync(resolve(root, concept.entry)), concept.entry).toBe(true);
    expect(functions.map((f) => f.handler).sort()).toEqual(concepts.map((c) => functionEntry(c.name)).sort());
  });

  it("bundles exactly its concept's handlers: all of them, and no other concept's routes or handlers", () => {
    for (const concept of conceptsOf()) {
      const reach = functions.find((f) => f.handler === concept.entry)!;
      const handlers = reach.modules.filter((m) => m.endsWith('.handler.ts'));
      expect(handlers, concept.name).toEqual(concept.routes.map(handlerEntry).sort());
      if (concept.name === 'api') continue; // the OpenAPI document describes every route
      expect(reach.modules.filter((m) => isRoutesOrHandler(m) && conceptOf(m) !== concept.name), concept.name).toEqual([]);
      expect(reach.modules, concept.name).not.toContain('functions/api/routes.ts');
    }
  });
});
