/** The kinds of cell a CSV import reads, as zod schemas from the cell's text to its value. */
import { z } from 'zod';
import { isIsoDate } from '../../../solver/dates.ts';
import type { DateRange, WardCapacity } from '../../../solver/formats.ts';

const MISSING = 'må fylles ut';

/** An empty cell is a missing one: the column may be absent, or present and left empty. */
const present = z.preprocess((v) => (v === '' ? undefined : v), z.string({ error: MISSING }));

const optionalPresent = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const text = present.pipe(z.string().max(200, 'kan være høyst 200 tegn'));

export const optionalText = optionalPresent.pipe(z.string().max(200, 'kan være høyst 200 tegn').optional());

const splitList = (value: string) =>
  value
    .split(/[|,\s]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** Several values in one cell, separated by `|`, `,` or spaces (quote the cell when `,` also separates cells). */
export const list = optionalPresent.transform((value) => (value === undefined ? [] : splitList(value)));

const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** `YYYY-MM-DD`, or `D.M.YYYY` as Norwegian spreadsheets write dates. */
export function toIsoDate(value: string): string | null {
  const norwegian = NORWEGIAN_DATE.exec(value);
  const iso = norwegian
    ? `${norwegian[3]}-${norwegian[2]?.padStart(2, '0')}-${norwegian[1]?.padStart(2, '0')}`
    : value;
  return isIsoDate(iso) ? iso : null;
}

const dateIn = (value: string, ctx: z.RefinementCtx) => {
  const iso = toIsoDate(value);
  if (iso === null) {
    ctx.addIssue({ code: 'custom', message: `«${value}» er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)` });
    return z.NEVER;
  }
  return iso;
};

export const date = present.transform(dateIn);

export const optionalDate = optionalPresent.transform((value, ctx) =>
  value === undefined ? undefined : dateIn(value, ctx),
);

/** Periods as `start/slutt` (slutt is the first day open again), several separated by `|`, `,` or spaces. */
export const periods = optionalPresent.transform((value, ctx): DateRange[] | undefined => {
  if (value === undefined) return undefined;
  const ranges: DateRange[] = [];
  for (const item of splitList(value)) {
    const [start = '', end = '', ...rest] = item.split('/');
    const range = { start: toIsoDate(start), end: toIsoDate(end) };
    if (rest.length > 0 || range.start === null || range.end === null) {
      ctx.addIssue({
        code: 'custom',
        message: `«${item}» er ikke en periode start/slutt, f.eks. 2027-02-01/2027-02-08`,
      });
    } else if (range.end <= range.start) {
      ctx.addIssue({ code: 'custom', message: `perioden ${item} slutter ikke etter at den starter` });
    } else {
      ranges.push({ start: range.start, end: range.end });
    }
  }
  return ranges;
});

/** Periods with the beds staffed for as `start/slutt=senger`, e.g. `2027-07-01/2027-08-01=10`, several as above. */
export const staffedPeriods = optionalPresent.transform((value, ctx): WardCapacity[] | undefined => {
  if (value === undefined) return undefined;
  const caps: WardCapacity[] = [];
  for (const item of splitList(value)) {
    const [span = '', beds = '', ...more] = item.split('=');
    const [start = '', end = '', ...rest] = span.split('/');
    const range = { start: toIsoDate(start), end: toIsoDate(end) };
    if (
      more.length > 0 ||
      rest.length > 0 ||
      range.start === null ||
      range.end === null ||
      !/^\d{1,6}$/.test(beds)
    ) {
      ctx.addIssue({
        code: 'custom',
        message: `«${item}» er ikke en periode med senger start/slutt=senger, f.eks. 2027-07-01/2027-08-01=10`,
      });
    } else if (range.end <= range.start) {
      ctx.addIssue({ code: 'custom', message: `perioden ${span} slutter ikke etter at den starter` });
    } else {
      caps.push({ start: range.start, end: range.end, beds: Number(beds) });
    }
  }
  return caps;
});

export const wholeNumber = (min: number, max: number) =>
  present.transform((value, ctx) => {
    const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    ctx.addIssue({ code: 'custom', message: `«${value}» er ikke et helt tall fra ${min} til ${max}` });
    return z.NEVER;
  });

const wordIn =
  <T extends string>(words: Record<string, T>) =>
  (value: string, ctx: z.RefinementCtx): T => {
    const found = words[value.toLowerCase()];
    if (found !== undefined) return found;
    ctx.addIssue({ code: 'custom', message: `«${value}» er ikke en av ${Object.keys(words).join(', ')}` });
    return z.NEVER;
  };

/** A cell with one of a few words, case-insensitive, each standing for a value of the format. */
export const oneOf = <T extends string>(words: Record<string, T>) => present.transform(wordIn(words));

export const optionalOneOf = <T extends string>(words: Record<string, T>) =>
  optionalPresent.transform((value, ctx) => (value === undefined ? undefined : wordIn(words)(value, ctx)));
