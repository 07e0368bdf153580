import { calendarView } from '../../api/calendar.ts';
import { errorBody } from '../../api/errors.ts';
import { instanceEntry } from '../../api/instances.ts';
import { planDiff, planRecord, planSummary } from '../../api/plans.ts';
import { planRef, stayRef } from '../../api/refs.ts';
import { centre, instance, plan, request } from '../../solver/formats.ts';
import { PUBLIC } from '../auth/access.ts';
import { buildOpenApi, type NamedSchemas } from '../http/openapi.ts';
import { defineRoute, type Route } from '../http/route.ts';

const named: NamedSchemas = [
  [instance, 'Instance'],
  [plan, 'Plan'],
  [centre, 'Centre'],
  [request, 'Request'],
  [instanceEntry, 'InstanceEntry'],
  [planSummary, 'PlanSummary'],
  [planRecord, 'PlanRecord'],
  [planDiff, 'PlanDiff'],
  [calendarView, 'CalendarView'],
  [planRef, 'PlanRef'],
  [stayRef, 'StayRef'],
];

const info = {
  title: 'Sengeplan API',
  version: '1',
  description:
    'Beds, waiting lists and plan versions for municipal treatment centres. Formats: shared/formats.md (v1).',
};

/** `/api/openapi.json`: the document of `routes` and of itself, made once on first request. */
export function openApiRoutes(routes: readonly Route[]): Route[] {
  let document: ReturnType<typeof buildOpenApi> | undefined;
  const self = defineRoute({
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This document: OpenAPI 3.1, generated from the zod schemas',
    tag: 'service',
    access: PUBLIC,
    input: {},
    responses: { 200: { description: 'the OpenAPI document' } },
    handle: (_input, res) => {
      document ??= buildOpenApi([...routes, self], named, info, errorBody);
      res.json(document);
    },
  });
  return [self];
}
