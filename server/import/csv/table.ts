import { CsvError, parse } from 'csv-parse/sync';
import { CsvImportError, type CsvIssue } from './issues.ts';

/** A data row of a CSV file: the line it starts on and its cells by header, as written in the file. */
export interface CsvRow {
  line: number;
  cells: Map<string, string>;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

const countOutsideQuotes = (line: string, char: string) => {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count += 1;
  }
  return count;
};

/** `;` (what Excel writes with Norwegian settings) unless the header line has more commas. */
export function detectDelimiter(text: string): ';' | ',' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  return countOutsideQuotes(header, ',') > countOutsideQuotes(header, ';') ? ',' : ';';
}

const isBlank = (record: string[]) => record.every((cell) => cell.trim() === '');

function parseRecords(text: string): { record: string[]; endLine: number }[] {
  try {
    const parsed = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return parsed.map(({ record, info }) => ({ record, endLine: info.lines }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : null;
    throw new CsvImportError([
      { line, column: null, message: `filen kan ikke leses som CSV: ${error.message}` },
    ]);
  }
}

/** Refuses the file at the first line with `char`. */
function refuseCharacter(text: string, char: string, message: string): void {
  const at = text.indexOf(char);
  if (at < 0) return;
  const line = text.slice(0, at).split(/\r?\n|\r/).length;
  throw new CsvImportError([{ line, column: null, message }]);
}

/**
 * Reads CSV text (UTF-8, with or without BOM, `;` or `,` between cells): the header line, then one row per
 * record with the line it starts on. Blank lines are skipped; a row with more cells than headers is an issue.
 */
export function readCsvTable(text: string): CsvTable {
  refuseCharacter(text, '\uFFFD', 'fila er ikke UTF-8 (lagre den som «CSV UTF-8» i regnearket)');
  refuseCharacter(text, '\u0000', 'fila inneholder NUL-tegn, som ikke kan lagres');
  const records = parseRecords(text);
  const [head, ...body] = records;
  if (!head || isBlank(head.record))
    throw new CsvImportError([{ line: 1, column: null, message: 'filen mangler overskriftslinje' }]);
  const headers = head.record.map((h) => h.trim());
  const issues: CsvIssue[] = [];
  const rows: CsvRow[] = [];
  let previousEnd = head.endLine;
  for (const { record, endLine } of body) {
    // info.lines is the line a record ends on; records follow each other, so it starts after the last one.
    const line = previousEnd + 1;
    previousEnd = endLine;
    if (isBlank(record)) continue;
    if (record.length > headers.length) {
      issues.push({
        line,
        column: null,
        message: `raden har ${record.length} celler, men overskriften bare ${headers.length}`,
      });
      continue;
    }
    rows.push({ line, cells: new Map(headers.map((h, i) => [h, (record[i] ?? '').trim()])) });
  }
  if (issues.length > 0) throw new CsvImportError(issues);
  return { headers, rows };
}
