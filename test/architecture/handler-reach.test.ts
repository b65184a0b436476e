import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureHandlerReach } from '../../bench/handler-reach.js';
import { handlerEntry, routeList } from '../../functions/api/routes.js';

const root = resolve(import.meta.dirname, '../..');
const reaches = measureHandlerReach(root);
const conceptOf = (file: string) => file.split('/')[1];

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
