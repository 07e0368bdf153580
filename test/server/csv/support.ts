import { readFileSync } from 'node:fs';
import { CsvImportError, type CsvIssue } from '../../../server/import/csv/issues.ts';

/** A CSV example of fixtures/csv as text. */
export const csvFixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/csv/${name}.csv`, import.meta.url), 'utf8');

/** The issues `apply` refuses its file with; fails when it accepts it. */
export function refusal(apply: () => unknown): CsvIssue[] {
  try {
    apply();
  } catch (error) {
    if (error instanceof CsvImportError) return error.issues;
    throw error;
  }
  throw new Error('the file was accepted');
}
