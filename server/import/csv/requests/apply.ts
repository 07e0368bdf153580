import type { Instance, Person, Request } from '../../../../solver/formats.ts';
import { readRows, type ParsedRows } from '../columns.ts';
import { checkInstance } from '../instanceCheck.ts';
import { CsvImportError, type CsvIssue } from '../issues.ts';
import { Locations } from '../locations.ts';
import { runAtOnce } from '../slices.ts';
import { requestRow, type RequestRow } from './row.ts';

export interface RequestImport {
  /** The instance with the file's requests (and the new people they name) added at the end. */
  instance: Instance;
  requests: Request[];
  people: Person[];
}

const toRequest = (row: RequestRow): Request => ({
  id: row.id,
  personId: row.person,
  kind: row.kind,
  earliestStart: row.earliestStart,
  latestStart: row.latestStart ?? row.earliestStart,
  nights: row.nights,
  priority: row.priority,
  source: row.source,
  requiredTags: row.requiredTags,
  preferredCentres: row.preferredCentres,
});

const requestFields: Record<string, keyof RequestRow> = {
  id: 'id',
  personId: 'person',
  kind: 'kind',
  earliestStart: 'earliestStart',
  latestStart: 'latestStart',
  nights: 'nights',
  priority: 'priority',
  source: 'source',
  requiredTags: 'requiredTags',
  preferredCentres: 'preferredCentres',
};

/** Request ids new to the instance and people either known or introduced with their sex. */
function checkRows(
  parsed: ParsedRows<RequestRow>,
  current: Instance,
): { people: Person[]; lineOf: Map<string, number> } {
  const { headerOf } = parsed;
  const issues: CsvIssue[] = [];
  const stored = new Set(current.requests.map((r) => r.id));
  const centres = new Set(current.centres.map((c) => c.id));
  const known = new Map(current.people.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  const people = new Map<string, { person: Person; line: number }>();
  for (const { line, value: row } of parsed.rows) {
    const issue = (key: keyof RequestRow, message: string) =>
      issues.push({ line, column: headerOf(key), message });
    if (stored.has(row.id)) issue('id', `forespørsel ${row.id} finnes allerede`);
    const earlier = seen.get(row.id);
    if (earlier !== undefined) issue('id', `forespørsel ${row.id} står også på linje ${earlier}`);
    else seen.set(row.id, line);
    if (row.latestStart !== undefined && row.latestStart < row.earliestStart)
      issue('latestStart', `senest (${row.latestStart}) er før tidligst (${row.earliestStart})`);

    const unknownCentres = row.preferredCentres.filter((c) => !centres.has(c));
    if (unknownCentres.length > 0) issue('preferredCentres', `ukjent senter ${unknownCentres.join(', ')}`);

    const person = known.get(row.person) ?? people.get(row.person)?.person;
    if (person && row.sex !== undefined && row.sex !== person.sex) {
      const where = known.has(row.person) ? 'er registrert' : `står på linje ${people.get(row.person)?.line}`;
      issue('sex', `person ${row.person} ${where} med kjønn ${person.sex === 'F' ? 'K' : 'M'}`);
    } else if (!person && row.sex === undefined) {
      issue('sex', `person ${row.person} er ny: oppgi kjønn (K eller M)`);
    } else if (!person && row.sex !== undefined) {
      people.set(row.person, { person: { id: row.person, sex: row.sex, partnerId: null }, line });
    }
  }
  if (issues.length > 0) throw new CsvImportError(issues);
  return {
    people: [...people.values()].map((p) => p.person),
    lineOf: new Map([...people].map(([id, p]) => [id, p.line])),
  };
}

/**
 * Adds the requests of a CSV file (its text, or its rows as readCsvRows read them) to the waiting list; any
 * issue refuses the whole file.
 */
export function applyRequestCsv(file: string | ParsedRows<RequestRow>, current: Instance): RequestImport {
  const parsed = typeof file === 'string' ? runAtOnce(readRows(file, requestRow)) : file;
  const { people, lineOf } = checkRows(parsed, current);
  const requests = parsed.rows.map(({ value }) => toRequest(value));

  const locations = new Locations();
  parsed.rows.forEach(({ line }, i) => {
    const path = ['requests', current.requests.length + i];
    locations.set(path, { line, column: parsed.headerOf('id') });
    for (const [field, key] of Object.entries(requestFields))
      locations.set([...path, field], { line, column: parsed.headerOf(key) });
  });
  people.forEach((p, i) =>
    locations.set(['people', current.people.length + i], {
      line: lineOf.get(p.id) ?? 0,
      column: parsed.headerOf('sex'),
    }),
  );
  const instance = checkInstance(
    { ...current, people: [...current.people, ...people], requests: [...current.requests, ...requests] },
    locations,
  );
  return { instance, requests, people };
}
