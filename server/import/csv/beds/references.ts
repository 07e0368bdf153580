import type { Centre, Instance } from '../../../../solver/formats.ts';
import type { CsvIssue } from '../issues.ts';

const bedIdsOf = (centres: readonly Centre[]) =>
  new Set(centres.flatMap((c) => c.wards.flatMap((w) => w.rooms.flatMap((r) => r.beds.map((b) => b.id)))));

/** Beds of the stored tree that the new tree no longer has. */
export function droppedBeds(current: readonly Centre[], next: readonly Centre[]): string[] {
  const kept = bedIdsOf(next);
  return [...bedIdsOf(current)].filter((id) => !kept.has(id));
}

/** What the rest of the instance names among the beds and centres a new bed tree drops, one issue each. */
export function droppedReferences(current: Instance, next: readonly Centre[]): CsvIssue[] {
  const beds = bedIdsOf(next);
  const centres = new Set(next.map((c) => c.id));
  const issues: string[] = [];
  const bed = (bedId: string | undefined, who: string) => {
    if (bedId !== undefined && !beds.has(bedId))
      issues.push(`seng ${bedId} mangler i fila, men ${who} bruker den`);
  };
  const centre = (centreIds: string[], who: string) =>
    centreIds
      .filter((id) => !centres.has(id))
      .forEach((id) => issues.push(`senter ${id} mangler i fila, men ${who} ønsker det`));
  for (const r of current.requests) {
    bed(r.pin?.bedId, `forespørsel ${r.id} (låst seng)`);
    centre(r.preferredCentres, `forespørsel ${r.id}`);
  }
  for (const s of current.series) {
    s.pins.forEach((p) => bed(p.bedId, `rullering ${s.id} (låst opphold ${p.occurrence})`));
    centre(s.preferredCentres, `rullering ${s.id}`);
  }
  for (const f of current.fixed) bed(f.bedId, `fast opphold ${f.id}`);
  return issues.map((message) => ({ line: null, column: null, message }));
}
