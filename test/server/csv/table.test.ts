import { describe, expect, it } from 'vitest';
import { CsvImportError } from '../../../server/import/csv/issues.ts';
import { detectDelimiter, readCsvTable } from '../../../server/import/csv/table.ts';

const issuesOf = (text: string) => {
  try {
    readCsvTable(text);
  } catch (error) {
    if (error instanceof CsvImportError) return error.issues;
    throw error;
  }
  throw new Error('the table was read without issues');
};

const cellsOf = (text: string) => readCsvTable(text).rows.map((r) => [r.line, Object.fromEntries(r.cells)]);

describe('reading a CSV table', () => {
  it('reads semicolon-separated rows by header with the line each starts on', () => {
    expect(cellsOf('a;b\n1;2\n3;4\n')).toEqual([
      [2, { a: '1', b: '2' }],
      [3, { a: '3', b: '4' }],
    ]);
  });

  it('reads comma-separated files when the header has more commas than semicolons', () => {
    expect(detectDelimiter('senter,avdeling,rom\n')).toBe(',');
    expect(cellsOf('a,b\n1,"x;y"\n')).toEqual([[2, { a: '1', b: 'x;y' }]]);
  });

  it('drops a UTF-8 byte order mark before the first header', () => {
    expect(readCsvTable('\uFEFFsenter;rom\nC1;R1\n').headers).toEqual(['senter', 'rom']);
  });

  it('counts the lines of a quoted cell spanning lines, so the next row has its real line', () => {
    expect(cellsOf('a;b\n"x\ny";1\n2;3\n').map(([line]) => line)).toEqual([2, 4]);
  });

  it('skips blank lines and rows of empty cells but keeps counting their lines', () => {
    expect(cellsOf('a;b\n\n;\n1;2\r\n').map(([line]) => line)).toEqual([4]);
  });

  it('reads a missing trailing cell as empty', () => {
    expect(cellsOf('a;b\n1\n')).toEqual([[2, { a: '1', b: '' }]]);
  });

  it('names every row with more cells than the header', () => {
    expect(issuesOf('a;b\n1;2;3\n4;5\n6;7;8\n')).toEqual([
      { line: 2, column: null, message: 'raden har 3 celler, men overskriften bare 2' },
      { line: 4, column: null, message: 'raden har 3 celler, men overskriften bare 2' },
    ]);
  });

  it('refuses a quote left open, naming the line', () => {
    const [issue] = issuesOf('a;b\n1;"2\n');
    expect(issue?.line).toBe(2);
    expect(issue?.message).toMatch(/^filen kan ikke leses som CSV: Quote Not Closed/);
  });

  it('refuses text that was not UTF-8, naming the first line with an undecodable character', () => {
    expect(issuesOf('a;b\n1;2\nL\uFFFDvåsen;3\n')).toEqual([
      { line: 3, column: null, message: 'fila er ikke UTF-8 (lagre den som «CSV UTF-8» i regnearket)' },
    ]);
  });

  it('refuses a NUL character, which the database cannot store, naming its line', () => {
    expect(issuesOf('a;b\n1;x\u0000y\n')).toEqual([
      { line: 2, column: null, message: 'fila inneholder NUL-tegn, som ikke kan lagres' },
    ]);
  });

  it('refuses an empty file', () => {
    expect(issuesOf('')).toEqual([{ line: 1, column: null, message: 'filen mangler overskriftslinje' }]);
  });
});
