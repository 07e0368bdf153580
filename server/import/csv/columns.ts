import { z } from 'zod';
import { CsvImportError, MAX_LISTED_ISSUES, type CsvIssue } from './issues.ts';
import { runAtOnce, type Sliced } from './slices.ts';
import { readCsvTableSliced, type CsvTable } from './table.ts';

/** A column of a CSV format: its header, the other headers it is known by, and what its cells hold. */
export const column = <T extends z.ZodType>(cell: T, header: string, ...aliases: string[]) =>
  cell.meta({ header, aliases });

/** Headers compare without case, spaces, `_`, `-` or `.`: «Ute av drift» is «ute_av_drift». */
const normalized = (header: string) =>
  header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');

interface ColumnDoc {
  key: string;
  header: string;
  aliases: string[];
  required: boolean;
}

/** The columns of a row schema made of `column(...)` fields, in order: the format's documentation. */
export function columnsOf(row: z.ZodObject): ColumnDoc[] {
  return Object.entries(row.shape).map(([key, cell]) => {
    const meta = z.globalRegistry.get(cell as z.ZodType) as
      { header?: string; aliases?: string[] } | undefined;
    return {
      key,
      header: meta?.header ?? key,
      aliases: meta?.aliases ?? [],
      required: !(cell as z.ZodType).safeParse(undefined).success,
    };
  });
}

/** One row parsed with the row schema, with the line it starts on. */
export interface ParsedRow<T> {
  line: number;
  value: T;
}

export interface ParsedRows<T> {
  rows: ParsedRow<T>[];
  /** The header as written in the file for each field, for issues found later. */
  headerOf: (key: string) => string;
  /** Whether the file has the field's column at all (an absent column keeps what is stored). */
  hasColumn: (key: string) => boolean;
}

function matchHeaders(table: CsvTable, columns: ColumnDoc[]) {
  const issues: CsvIssue[] = [];
  const keyOfHeader = new Map<string, string>();
  const headerOfKey = new Map<string, string>();
  for (const written of table.headers) {
    if (written === '') continue;
    const match = columns.find((c) =>
      [c.header, ...c.aliases].some((h) => normalized(h) === normalized(written)),
    );
    if (!match) {
      const known = columns.map((c) => c.header).join(', ');
      issues.push({
        line: 1,
        column: written,
        message: `ukjent kolonne «${written}» (kjente kolonner: ${known})`,
      });
    } else if (headerOfKey.has(match.key)) {
      issues.push({ line: 1, column: written, message: `kolonnen ${match.header} står to ganger` });
    } else {
      keyOfHeader.set(written, match.key);
      headerOfKey.set(match.key, written);
    }
  }
  for (const c of columns) {
    if (c.required && !headerOfKey.has(c.key))
      issues.push({ line: 1, column: c.header, message: `kolonnen ${c.header} mangler` });
  }
  return { issues, keyOfHeader, headerOfKey };
}

/**
 * Every row through the row schema; any issue (header or cell) refuses the whole file, listing them (the
 * first MAX_LISTED_ISSUES).
 */
export function* parseRowsSliced<S extends z.ZodObject>(
  table: CsvTable,
  row: S,
): Sliced<ParsedRows<z.output<S>>> {
  const columns = columnsOf(row);
  const { issues, keyOfHeader, headerOfKey } = matchHeaders(table, columns);
  if (table.rows.length === 0)
    issues.push({ line: 2, column: null, message: 'fila har ingen rader under overskriften' });
  if (issues.length > 0) throw new CsvImportError(issues);
  const headerOf = (key: string) => headerOfKey.get(key) ?? columns.find((c) => c.key === key)?.header ?? key;
  const rows: ParsedRow<z.output<S>>[] = [];
  for (const { line, cells } of table.rows) {
    yield;
    if (issues.length >= MAX_LISTED_ISSUES) break;
    const input = Object.fromEntries([...cells].map(([header, value]) => [keyOfHeader.get(header), value]));
    const result = row.safeParse(input);
    if (result.success) rows.push({ line, value: result.data });
    else
      for (const issue of result.error.issues) {
        const key = issue.path[0];
        issues.push({
          line,
          column: key === undefined ? null : headerOf(String(key)),
          message: issue.message,
        });
      }
  }
  if (issues.length > 0) throw new CsvImportError(issues);
  return { rows, headerOf, hasColumn: (key) => headerOfKey.has(key) };
}

/** parseRowsSliced at once. */
export const parseRows = <S extends z.ZodObject>(table: CsvTable, row: S): ParsedRows<z.output<S>> =>
  runAtOnce(parseRowsSliced(table, row));

/** A CSV file's text read as a table and each row through the row schema. */
export function* readRows<S extends z.ZodObject>(text: string, row: S): Sliced<ParsedRows<z.output<S>>> {
  return yield* parseRowsSliced(yield* readCsvTableSliced(text), row);
}
