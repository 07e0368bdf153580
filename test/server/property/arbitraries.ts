import fc from 'fast-check';

/** Dates that look like dates but are not ISO calendar dates. */
export const wrongDates = [
  '2027-02-30',
  '2027-13-01',
  '2027-00-10',
  '2027-1-5',
  '05.01.2027',
  '2027-01-05T00:00:00Z',
  '+275760-09-13',
  '0000-00-00',
  '2026-02-29',
  '',
];

export const hugeNumbers = [
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 63,
  1e21,
  -0,
  0.5,
  5e-324,
];

/** Strings a database or a parser may choke on: NUL, lone surrogates, right-to-left marks, emoji. */
export const nastyStrings = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff x',
  '\u202e',
  '👩‍⚕️',
  "'; DROP TABLE plans; --",
  '%00',
  '\\',
];

const longString = fc
  .tuple(fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom('x', 'æ', '🛏', ';'))
  .map(([length, unit]) => unit.repeat(length));

/** Real calendar dates far from any horizon, and at its edges. */
export const extremeDates = [
  '0001-01-01',
  '1900-01-01',
  '1970-01-01',
  '2027-01-04',
  '2027-03-01',
  '2100-02-28',
  '9999-12-31',
];

/** A value to put where a valid one was: other types, extreme numbers, bad dates, long or odd strings. */
export const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(...extremeDates),
  fc.integer({ min: -1, max: 1_000_000 }),
  fc.constantFrom<unknown>(...hugeNumbers),
  fc.constantFrom<unknown>(...wrongDates),
  fc.constantFrom<unknown>(...nastyStrings),
  longString,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom<unknown>(null, true, {}, [], [[]], { length: 1 }, '__proto__'),
);

type Path = (string | number)[];

/** Every place in a JSON value: the root, each key of an object and each index of an array, depth first. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (value !== null && typeof value === 'object')
    return [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return [at];
}

type Container = Record<string | number, unknown>;

function parentOf(root: unknown, path: Path): Container | null {
  let node = root;
  for (const key of path.slice(0, -1)) node = (node as Container)[key];
  return node !== null && typeof node === 'object' ? (node as Container) : null;
}

export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'addKey'; at: number; key: string; value: unknown }
  | { kind: 'repeat'; at: number; times: number }
  | { kind: 'spoilText'; at: number; text: string };

const isTextAt = (root: Container) => (path: Path) =>
  typeof path.reduce<unknown>((node, key) => (node as Container)[key], root) === 'string';

/**
 * Applies one mutation at the `at`-th place (modulo their number) of a deep copy of `value`; spoilText puts
 * its text into a place that held text (or anywhere, when none does).
 */
export function mutate(value: unknown, mutation: Mutation): unknown {
  const root = { body: structuredClone(value) } as Container;
  const all = pathsOf(root.body).map((p) => ['body', ...p]);
  const texts = mutation.kind === 'spoilText' ? all.filter(isTextAt(root)) : [];
  const paths = texts.length > 0 ? texts : all;
  const path = paths[mutation.at % paths.length] as Path;
  const key = path[path.length - 1] as string | number;
  const parent = parentOf(root, path) as Container;
  const target = parent[key];
  switch (mutation.kind) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'replace':
      parent[key] = mutation.value;
      break;
    case 'spoilText':
      parent[key] = typeof target === 'string' ? `${target}${mutation.text}` : mutation.text;
      break;
    case 'addKey':
      if (target !== null && typeof target === 'object' && !Array.isArray(target))
        (target as Container)[mutation.key] = mutation.value;
      else parent[key] = { [mutation.key]: mutation.value };
      break;
    case 'repeat':
      if (Array.isArray(target)) parent[key] = Array.from({ length: mutation.times }, () => target).flat();
      else parent[key] = Array.from({ length: mutation.times }, () => target);
  }
  return root.body;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: strangeValue }),
  fc.record({
    kind: fc.constant('addKey' as const),
    at: fc.nat(),
    key: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'version', 'id')),
    value: strangeValue,
  }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), times: fc.integer({ min: 0, max: 40 }) }),
  fc.record({
    kind: fc.constant('spoilText' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...nastyStrings), fc.string({ unit: 'binary', maxLength: 5 })),
  }),
);

/** A valid body with one to three things wrong with it. */
export const mutationsOf = (valid: unknown): fc.Arbitrary<unknown> =>
  fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce(mutate, valid));

/** What a JSON endpoint gets: any JSON, text that is not JSON, the valid body, and mutations of it. */
export const jsonBodies = (valid: unknown): fc.Arbitrary<JsonBody> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => ({ json: value })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 50 }).map((text) => ({ raw: text })) },
    { weight: 1, arbitrary: fc.constant({ json: valid }) },
    { weight: 8, arbitrary: mutationsOf(valid).map((value) => ({ json: value })) },
  );

/** A body as sent: JSON text of a value, or raw text as it is (with the JSON content type either way). */
export type JsonBody = { json: unknown } | { raw: string };

export const jsonText = (body: JsonBody): string =>
  'raw' in body ? body.raw : (JSON.stringify(body.json) ?? 'null');
