import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import {
  authorize,
  authorizeScope,
  defaultAccess,
  summarize,
  type Access,
  type AccessSummary,
} from '../auth/access.ts';
import { inputOf, validate, type Input, type InputSchemas } from './validate.ts';

export type Method = 'get' | 'post' | 'delete';

/** One documented answer of an endpoint: JSON with a schema, or another media type. */
export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

/** An endpoint: its documentation, its input schemas and its handler, which gets the parsed input. */
export interface RouteSpec<S extends InputSchemas> {
  method: Method;
  /** Express path, e.g. `/api/instances/:id`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  input: S;
  responses: Record<number, ResponseDoc>;
  /** Who may call it (server/auth/access.ts); without it, planners and admins only. */
  access?: Access<S>;
  handle(input: Input<S>, res: Response, req: Request): Promise<void> | void;
}

/** A route with its type parameter erased, so that routes of every shape sit in one table. */
export type Route = Omit<RouteSpec<InputSchemas>, 'handle' | 'access'> & {
  access: AccessSummary;
  handlers: RequestHandler[];
};

export function defineRoute<S extends InputSchemas>(spec: RouteSpec<S>): Route {
  const { handle, access = defaultAccess as Access<S>, ...doc } = spec;
  const run: RequestHandler = async (req, res) => {
    await handle(inputOf(req, spec.input), res, req);
  };
  // Who first (401/403 before the input is read), then the input, then whether it is within the scope.
  const scope = authorizeScope(access, (req) => inputOf(req, spec.input));
  return {
    ...doc,
    access: summarize(access as Access<never>),
    handlers: [authorize(access as Access<never>), validate(spec.input), scope, run],
  };
}

/** One router for the routes of one resource. */
export function routerFor(routes: readonly Route[]): Router {
  const router = Router();
  for (const route of routes) router[route.method](route.path, ...route.handlers);
  return router;
}
