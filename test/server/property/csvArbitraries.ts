import fc from 'fast-check';
import { nastyStrings, wrongDates } from './arbitraries.ts';

const cellValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    ...wrongDates,
    ...nastyStrings,
    '"',
    '""',
    '"a;b"',
    '\n',
    '\r\n',
    ';',
    ',',
    '0',
    '-1',
    '99999999999',
  ),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'x'.repeat(n)),
);

type CsvMutation = (lines: string[][]) => string[][];

const atLine = (lines: string[][], n: number) => n % Math.max(lines.length, 1);

const csvMutation: fc.Arbitrary<CsvMutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat(), cellValue).map(([l, c, v]): CsvMutation => (lines) => {
    const copy = lines.map((cells) => [...cells]);
    const line = copy[atLine(copy, l)];
    if (line) line[c % Math.max(line.length, 1)] = v;
    return copy;
  }),
  fc.nat().map(
    (l): CsvMutation =>
      (lines) =>
        lines.filter((_, i) => i !== atLine(lines, l)),
  ),
  fc.nat().map((l): CsvMutation => (lines) => [...lines, lines[atLine(lines, l)] ?? []]),
  fc.nat().map(
    (c): CsvMutation =>
      (lines) =>
        lines.map((cells) => cells.filter((_, i) => i !== c % Math.max(cells.length, 1))),
  ),
  fc.tuple(fc.nat(), cellValue).map(([l, v]): CsvMutation => (lines) => {
    const copy = lines.map((cells) => [...cells]);
    copy[atLine(copy, l)]?.push(v);
    return copy;
  }),
);

const joined = fc.record({
  delimiter: fc.constantFrom(';', ',', '\t'),
  newline: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
});

/** A valid CSV file with one to three things wrong with it, written with any delimiter, newline and BOM. */
export const csvMutationsOf = (valid: string): fc.Arbitrary<string> => {
  const lines = valid
    .trim()
    .split('\n')
    .map((line) => line.split(';'));
  return fc
    .tuple(fc.array(csvMutation, { minLength: 1, maxLength: 3 }), joined)
    .map(([ms, { delimiter, newline, bom }]) => {
      const mutated = ms.reduce((acc, m) => m(acc), lines);
      return `${bom ? '\uFEFF' : ''}${mutated.map((cells) => cells.join(delimiter)).join(newline)}`;
    });
};

/** What a CSV endpoint gets: any text, the valid file, and mutations of it. */
export const csvBodies = (valid: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constant(valid) },
    { weight: 8, arbitrary: csvMutationsOf(valid) },
  );
