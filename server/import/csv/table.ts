import { CsvError, parse } from 'csv-parse/sync';
import { CsvImportError, MAX_LISTED_ISSUES, type CsvIssue } from './issues.ts';
import { runAtOnce, type Sliced } from './slices.ts';

/** A data row of a CSV file: the line it starts on and its cells by header, as written in the file. */
export interface CsvRow {
  line: number;
  cells: Map<string, string>;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

/** The most characters one record (a row, with quoted line breaks) may have; the formats need a few hundred. */
export const MAX_RECORD_CHARS = 10_000;

/** The most columns a file may have; the formats have a dozen. */
export const MAX_COLUMNS = 50;

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
  const start = text.slice(0, MAX_RECORD_CHARS + 1).replace(/^\uFEFF/, '');
  const header = start.split(/\r?\n|\r/, 1)[0] ?? '';
  return countOutsideQuotes(header, ',') > countOutsideQuotes(header, ';') ? ',' : ';';
}

const isBlank = (record: string[]) => record.every((cell) => cell.trim() === '');

/** At most this many lines: four times Bergen's waiting list (5,100 requests) with room to spare. */
export const MAX_CSV_LINES = 20_000;

/** What is given to the CSV parser at once (one slice of the work): this many lines or characters. */
const LINES_PER_PIECE = 200;
const CHARS_PER_PIECE = 64 * 1024;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

interface Piece {
  text: string;
  /** Lines of the file before this piece. */
  linesBefore: number;
}

/**
 * The text cut into pieces of about LINES_PER_PIECE lines or CHARS_PER_PIECE characters, each cut at a line
 * break outside quotes (an even number of `"` before it), so that every record lies in one piece; too many
 * lines, or a line too long, refuse the file.
 */
function* piecesOf(text: string): Sliced<Piece[]> {
  const pieces: Piece[] = [];
  let start = 0;
  let lines = 0;
  let linesBefore = 0;
  let quoted = false;
  let lineStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (i - lineStart > MAX_RECORD_CHARS)
      throw new CsvImportError([
        { line: lines + 1, column: null, message: `linjen er lengre enn ${MAX_RECORD_CHARS} tegn` },
      ]);
    if (c === QUOTE) quoted = !quoted;
    else if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      lines += 1;
      lineStart = i + 1;
      if (lines >= MAX_CSV_LINES && i + 1 < text.length)
        throw new CsvImportError([
          { line: MAX_CSV_LINES + 1, column: null, message: `fila har mer enn ${MAX_CSV_LINES} linjer` },
        ]);
      if (!quoted && (lines - linesBefore >= LINES_PER_PIECE || i - start >= CHARS_PER_PIECE)) {
        pieces.push({ text: text.slice(start, i + 1), linesBefore });
        start = i + 1;
        linesBefore = lines;
      }
    }
    if ((i & 0xffff) === 0) yield;
  }
  if (start < text.length) pieces.push({ text: text.slice(start), linesBefore });
  return pieces;
}

interface CsvRecord {
  record: string[];
  /** The line of the file the record ends on. */
  endLine: number;
}

function parsePiece({ text, linesBefore }: Piece, delimiter: string): CsvRecord[] {
  try {
    const parsed = parse(text, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: MAX_RECORD_CHARS,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return parsed.map(({ record, info }) => ({ record, endLine: linesBefore + info.lines }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? linesBefore + error.lines : null;
    throw new CsvImportError([
      { line, column: null, message: `filen kan ikke leses som CSV: ${error.message}` },
    ]);
  }
}

function* parseRecords(text: string): Sliced<CsvRecord[]> {
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  for (const piece of yield* piecesOf(text)) {
    for (const record of parsePiece(piece, delimiter)) records.push(record);
    yield;
  }
  return records;
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
 * At most MAX_CSV_LINES lines, and the first MAX_LISTED_ISSUES issues.
 */
export function* readCsvTableSliced(text: string): Sliced<CsvTable> {
  refuseCharacter(text, '\uFFFD', 'fila er ikke UTF-8 (lagre den som «CSV UTF-8» i regnearket)');
  refuseCharacter(text, '\u0000', 'fila inneholder NUL-tegn, som ikke kan lagres');
  const records = yield* parseRecords(text);
  const [head, ...body] = records;
  if (!head || isBlank(head.record))
    throw new CsvImportError([{ line: 1, column: null, message: 'filen mangler overskriftslinje' }]);
  if (head.record.length > MAX_COLUMNS)
    throw new CsvImportError([
      {
        line: 1,
        column: null,
        message: `overskriften har ${head.record.length} kolonner, mer enn ${MAX_COLUMNS}`,
      },
    ]);
  const headers = head.record.map((h) => h.trim());
  const issues: CsvIssue[] = [];
  const rows: CsvRow[] = [];
  let previousEnd = head.endLine;
  for (const { record, endLine } of body) {
    yield;
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
      if (issues.length >= MAX_LISTED_ISSUES) break;
      continue;
    }
    rows.push({ line, cells: new Map(headers.map((h, i) => [h, (record[i] ?? '').trim()])) });
  }
  if (issues.length > 0) throw new CsvImportError(issues);
  return { headers, rows };
}

/** readCsvTableSliced at once. */
export const readCsvTable = (text: string): CsvTable => runAtOnce(readCsvTableSliced(text));
