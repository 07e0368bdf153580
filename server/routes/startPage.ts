import { ALL_ROLES } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { placeholderPage } from '../placeholder.ts';
import { listInstances } from '../repos/instances.ts';

/**
 * The start page (bokmål) when the web app is not built (server/http/webApp.ts serves it otherwise): what is
 * loaded, for logged-in users only, like the list of instances it shows.
 */
export function startPageRoutes(db: Database): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/',
      operationId: 'getStartPage',
      summary: 'The start page: the loaded instances (HTML, bokmål)',
      tag: 'pages',
      access: { roles: ALL_ROLES, scope: 'none' },
      input: {},
      responses: {
        200: { description: 'an HTML page', contentType: 'text/html' },
        401: { description: 'not logged in' },
      },
      handle: async (_input, res) => {
        res.type('html').send(placeholderPage(await listInstances(db)));
      },
    }),
  ];
}
