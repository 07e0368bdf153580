import type { Express } from 'express';
import type { ILayer } from 'express-serve-static-core';

/** Every route registered on the app, as `METHOD /path` (Express syntax), routers included. */
export function registeredRoutes(app: Express): string[] {
  const walk = (stack: ILayer[]): string[] =>
    stack.flatMap((layer) => {
      const { route } = layer;
      if (route) return [...new Set(route.stack.map((l) => `${l.method.toUpperCase()} ${route.path}`))];
      const { handle } = layer;
      return 'stack' in handle && Array.isArray(handle.stack) ? walk(handle.stack as ILayer[]) : [];
    });
  return walk(app.router.stack);
}
