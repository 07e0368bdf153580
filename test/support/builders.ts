import { instance as instanceSchema, type Instance } from '../../solver/formats.ts';

type Input = Record<string, unknown>;

/** A bed tree with one centre and one ward per entry; `beds` per room, one room per entry of `rooms`. */
export function wardInput(id: string, tags: string[], rooms: number[], extra: Input = {}): Input {
  return {
    id,
    name: id,
    tags,
    rooms: rooms.map((beds, r) => ({
      id: `${id}-R${r + 1}`,
      beds: Array.from({ length: beds }, (_, b) => ({ id: `${id}-R${r + 1}-B${b + 1}` })),
    })),
    ...extra,
  };
}

/** A valid instance from the parts a test cares about, parsed through the v1 schema. */
export function buildInstance(parts: {
  wards: Input[];
  people?: Input[];
  requests?: Input[];
  series?: Input[];
  fixed?: Input[];
  turnoverDays?: number;
  horizon?: { start: string; end: string };
}): Instance {
  const people = parts.people ?? [
    ...(parts.requests ?? []).map((r) => ({ id: r.personId, sex: 'F' })),
    ...(parts.series ?? []).map((s) => ({ id: s.personId, sex: 'F' })),
    ...(parts.fixed ?? []).map((f) => ({ id: f.personId, sex: 'F' })),
  ];
  return instanceSchema.parse({
    version: 1,
    horizon: parts.horizon ?? { start: '2027-01-04', end: '2027-03-01' },
    turnoverDays: parts.turnoverDays ?? 0,
    centres: [{ id: 'C1', name: 'Senter 1', wards: parts.wards }],
    people,
    requests: parts.requests ?? [],
    series: parts.series ?? [],
    fixed: parts.fixed ?? [],
  });
}

export function requestInput(id: string, fields: Input = {}): Input {
  return {
    id,
    personId: `P-${id}`,
    kind: 'korttid',
    earliestStart: '2027-01-04',
    latestStart: '2027-01-04',
    nights: 7,
    priority: 3,
    source: 'home',
    requiredTags: [],
    ...fields,
  };
}
