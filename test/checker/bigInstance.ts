/**
 * A synthetic Bergen-scale instance with a valid plan, for timing the checker: 470 beds in 235 double rooms,
 * 182 nights, 130 rotation series on their own beds (7 in, 14 home) with 12-night requests in their gaps,
 * 14-night requests back to back on the other 340 beds, and 600 fixed stays. Everyone sharing a room is of one
 * sex. Built by arithmetic, not by a solver.
 */
import { addDays } from '../../solver/dates.ts';
import type { Instance, Plan, Stay } from '../../solver/formats.ts';

const START = '2027-01-04';
const NIGHTS = 182;
const BEDS = 470;
const SERIES = 130;
const at = (n: number) => addDays(START, n);

export function bigInstanceAndPlan(): { instance: Instance; plan: Plan } {
  const roomOf = (i: number) => Math.floor(i / 2);
  const sexOf = (bed: number): 'F' | 'M' => (roomOf(bed) % 2 === 0 ? 'F' : 'M');
  /** Both beds of a room are in the centre of the room's first bed. */
  const bedId = (bed: number) => `C${((2 * roomOf(bed)) % 5) + 1}-B${bed}`;

  const centres: Instance['centres'] = [1, 2, 3, 4, 5].map((c) => ({
    id: `C${c}`,
    name: `Centre ${c}`,
    wards: [
      {
        id: `C${c}-W`,
        name: 'Korttid',
        tags: ['korttid', 'rullering'],
        closures: [],
        rooms: [] as Instance['centres'][number]['wards'][number]['rooms'],
      },
    ],
  }));
  for (let room = 0; room < BEDS / 2; room++) {
    const centre = centres[(room * 2) % 5];
    const ward = centre?.wards[0];
    if (ward === undefined) throw new Error('no ward');
    ward.rooms.push({
      id: `R${room}`,
      beds: [2 * room, 2 * room + 1].map((b) => ({ id: bedId(b), tags: [], outOfService: [] })),
    });
  }

  const instance: Instance = {
    version: 1,
    horizon: { start: START, end: at(NIGHTS) },
    turnoverDays: 1,
    centres,
    people: [],
    requests: [],
    series: [],
    fixed: [],
  };
  const stays: Stay[] = [];
  const person = (bed: number) => {
    const id = `P${instance.people.length}`;
    instance.people.push({ id, sex: sexOf(bed), partnerId: null });
    return id;
  };
  const request = (bed: number, start: number, nights: number, split: boolean) => {
    const id = `R${instance.requests.length}`;
    instance.requests.push({
      id,
      personId: person(bed),
      kind: 'korttid',
      earliestStart: at(start - 3),
      latestStart: at(start + 3),
      nights,
      priority: 3,
      source: instance.requests.length % 3 === 0 ? 'hospital' : 'home',
      requiredTags: ['korttid'],
      preferredCentres: [],
    });
    const end = start + nights;
    if (split) {
      const mid = start + Math.floor(nights / 2);
      stays.push({ requestId: id, bedId: bedId(bed), start: at(start), end: at(mid) });
      stays.push({ requestId: id, bedId: bedId(bed), start: at(mid), end: at(end) });
    } else {
      stays.push({ requestId: id, bedId: bedId(bed), start: at(start), end: at(end) });
    }
  };
  const fixed = (bed: number, start: number, end: number) =>
    instance.fixed.push({
      id: `F${instance.fixed.length}`,
      personId: person(bed),
      bedId: bedId(bed),
      start: at(start),
      end: at(end),
    });

  for (let bed = 0; bed < SERIES; bed++) {
    const id = `S${bed}`;
    instance.series.push({
      id,
      personId: person(bed),
      kind: 'rullering',
      phases: [{ inNights: 7, homeNights: 14 }],
      firstStart: { earliest: at(0), latest: at(3) },
      until: at(NIGHTS),
      flexDays: 1,
      requiredTags: ['rullering'],
      preferredCentres: [],
      pins: [],
    });
    for (let k = 0; 21 * k < NIGHTS; k++) {
      stays.push({ seriesId: id, occurrence: k, bedId: bedId(bed), start: at(21 * k), end: at(21 * k + 7) });
      if (21 * k + 20 <= NIGHTS) request(bed, 21 * k + 8, 12, false);
    }
  }
  for (let bed = SERIES; bed < BEDS; bed++) {
    fixed(bed, -10, 5);
    const withEnd = bed - SERIES < 260;
    if (withEnd) fixed(bed, 170, 190);
    for (let start = 6; start + 14 < 170; start += 15) request(bed, start, 14, bed % 10 === 0);
  }
  return { instance, plan: { version: 1, stays, unplaced: [], metrics: {} } };
}
