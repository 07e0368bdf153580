import { ApiError } from '../../errors.ts';

/** A refused file lists at most this many issues; reading stops once it has found them. */
export const MAX_LISTED_ISSUES = 100;

/** One bad cell or row of an imported CSV file; line 1 is the header, column is the header as written. */
export interface CsvIssue {
  line: number | null;
  column: string | null;
  message: string;
}

/** Thrown while reading or applying a CSV file: every problem found, so the whole file is refused. */
export class CsvImportError extends Error {
  constructor(readonly issues: CsvIssue[]) {
    super(`${issues.length} feil i CSV-fila`);
    this.name = 'CsvImportError';
  }
}

const byLine = (a: CsvIssue, b: CsvIssue) => (a.line ?? Infinity) - (b.line ?? Infinity);

/** The 422 answer for a refused file, listing its issues in line order (the first MAX_LISTED_ISSUES). */
export function invalidCsv(issues: CsvIssue[]): ApiError {
  const sorted = [...issues].sort(byLine);
  const [first] = sorted;
  const where = first?.line ? `linje ${first.line}: ` : '';
  const more =
    sorted.length >= MAX_LISTED_ISSUES
      ? ` (og flere feil; de ${MAX_LISTED_ISSUES} første er listet)`
      : sorted.length > 1
        ? ` (og ${sorted.length - 1} feil til)`
        : '';
  const listed = sorted.slice(0, MAX_LISTED_ISSUES);
  return new ApiError(422, 'invalid_csv', `${where}${first?.message ?? 'ugyldig CSV'}${more}`, listed);
}

/** What `apply` gives, or the 422 answer listing every issue when it refuses the file. */
export function refusingBadFiles<T>(apply: () => T): T {
  try {
    return apply();
  } catch (error) {
    if (error instanceof CsvImportError) throw invalidCsv(error.issues);
    throw error;
  }
}
