import type { Route } from '../api/route.js';

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

export type Match = { route: Route; params: Record<string, string> } | { status: 404 | 405 };

/** Finds the route for a method and path, as API Gateway's route selection would. */
export function routeMatcher(routes: Route[]): (method: string, path: string) => Match {
  const compiled: CompiledRoute[] = routes.map((route) => {
    const names: string[] = [];
    const source = route.path.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { route, pattern: new RegExp(`^${source}$`), names };
  });
  return (method, path) => {
    const onPath = compiled.filter((c) => c.pattern.test(path));
    const hit = onPath.find((c) => c.route.method === method);
    if (!hit) return { status: onPath.length > 0 ? 405 : 404 };
    const values = hit.pattern.exec(path)!.slice(1);
    return { route: hit.route, params: Object.fromEntries(hit.names.map((n, i) => [n, decodeURIComponent(values[i]!)])) };
  };
}
