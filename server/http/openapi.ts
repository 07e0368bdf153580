/**
 * The OpenAPI 3.1 document, generated from the route table and its zod schemas: nothing is written by hand.
 * OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what z.toJSONSchema produces.
 */
import { z } from 'zod';
import type { Route } from './route.ts';

type JsonSchema = Record<string, unknown>;
type Registry = z.core.$ZodRegistry<{ id: string }>;

/** Schemas that get a name of their own in `components.schemas`, wherever they appear. */
export type NamedSchemas = readonly (readonly [schema: z.ZodType, name: string])[];

const refTo = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The registry id of `schema`, adding it under `fallback` when it has none yet. */
function idIn(registry: Registry, schema: z.ZodType, fallback: string): string {
  const existing = registry.get(schema)?.id;
  if (existing !== undefined) return existing;
  registry.add(schema, { id: fallback });
  return fallback;
}

function componentsOf(registry: Registry, io: 'input' | 'output'): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, { io, uri: (id) => refTo(id).$ref, unrepresentable: 'any' });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema;
      return [id, rest];
    }),
  );
}

/** Path and query parameters from an object schema, one per property. */
function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const { properties = {}, required = [] } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.includes(name),
    schema: property,
  }));
}

const openApiPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');

export interface OpenApiInfo {
  title: string;
  version: string;
  description: string;
}

export function buildOpenApi(
  routes: readonly Route[],
  named: NamedSchemas,
  info: OpenApiInfo,
  errorSchema: z.ZodType,
) {
  const inputs: Registry = z.registry<{ id: string }>();
  const outputs: Registry = z.registry<{ id: string }>();
  for (const [schema, name] of named) outputs.add(schema, { id: name });
  const inputName = (schema: z.ZodType, fallback: string) => {
    const name = outputs.get(schema)?.id;
    return name === undefined ? fallback : `${name}Input`;
  };
  const errorRef = refTo(idIn(outputs, errorSchema, 'Error'));
  const paths: Record<string, Record<string, JsonSchema>> = {};

  for (const route of routes) {
    const { body } = route.input;
    const responses: Record<string, JsonSchema> = {};
    for (const [status, doc] of Object.entries(route.responses)) {
      const contentType = doc.contentType ?? 'application/json';
      const schema = doc.schema
        ? refTo(idIn(outputs, doc.schema, `${route.operationId}${status}`))
        : { type: 'string' };
      responses[status] = { description: doc.description, content: { [contentType]: { schema } } };
    }
    responses.default = {
      description: 'an error: { error: { code, message, details } }',
      content: { 'application/json': { schema: errorRef } },
    };
    const parameters = [
      ...parametersOf(route.input.params, 'path'),
      ...parametersOf(route.input.query, 'query'),
    ];
    const operation: JsonSchema = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      ...(parameters.length ? { parameters } : {}),
      ...(body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: refTo(idIn(inputs, body, inputName(body, `${route.operationId}Body`))),
                },
              },
            },
          }
        : {}),
      responses,
    };
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation };
  }

  return {
    openapi: '3.1.0',
    info,
    paths,
    components: { schemas: { ...componentsOf(outputs, 'output'), ...componentsOf(inputs, 'input') } },
  };
}
