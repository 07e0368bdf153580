import { readFileSync } from 'node:fs';
import { instance as instanceSchema, type Instance } from '../../../solver/formats.ts';

/** A fixture file as JSON, unparsed (what a client sends). */
export const fixtureJson = (name: string): object =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/${name}.json`, import.meta.url), 'utf8'));

/** A fixture parsed through the v1 schema (what the server stores). */
export const fixture = (name: string): Instance => instanceSchema.parse(fixtureJson(name));
