/**
 * The options of the committed generated fixtures (fixtures/*.json) and how they are written.
 * scripts/make-fixtures.ts writes them and test/generator/fixtures.test.ts checks they still match a fresh
 * generation byte for byte.
 */
import type { Instance } from '../formats.ts';

export const FIXTURES = {
  small: { seed: 7, beds: 60, days: 182, load: 1.1 },
  bergen: { seed: 2027, beds: 470, days: 182, load: 1.1 },
  demo: { seed: 42, beds: 100, days: 182, load: 1.05 },
} as const;

export type FixtureName = keyof typeof FIXTURES;

/** A fixture file's text: 2-space indented JSON and a trailing newline. */
export function fixtureText(instance: Instance): string {
  return `${JSON.stringify(instance, null, 2)}\n`;
}
