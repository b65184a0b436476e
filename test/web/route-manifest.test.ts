// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/api/routes';
import { routeManifest } from '../../web/src/lib/api/route-manifest';

describe("the web app's route manifest", () => {
  it.each(Object.entries(routeManifest))('calls %s with the method and path of the route table', (operationId, entry) => {
    const route = (routes as Record<string, { method: string; path: string }>)[operationId];
    expect(route, `${operationId} is not in functions/api/routes.ts`).toBeDefined();
    expect({ method: route!.method, path: route!.path }).toEqual(entry);
  });
});
