/**
 * Rule `roomSex` (rule 6): people who share a room on a night are of one sex, or are each other's partners.
 * Plan stays and fixed stays count; a pair of two fixed stays is an instance problem and is not reported, nor is
 * a pair in the same bed (that is the bedConflict rule's). Reported once per pair of stays, naming the first
 * shared night. refs: [earlier stay, later stay, the earlier stay's person, the later stay's person].
 */
import type { Person } from '../../formats.ts';
import type { CheckContext, Occupant } from '../context.ts';
import type { Violation } from '../types.ts';
import { EarliestPerKey, groupBy, overlap, pairsWithin } from '../pairs.ts';

interface Finding {
  first: number;
  a: Occupant;
  b: Occupant;
  pa: Person;
  pb: Person;
  roomId: string;
}

function arePartners(p: Person, q: Person): boolean {
  return p.partnerId === q.id && q.partnerId === p.id;
}

export function roomSexRule(ctx: CheckContext): Violation[] {
  const found = new EarliestPerKey<Finding>();
  const person = (o: Occupant) => (o.personId === undefined ? undefined : ctx.people.get(o.personId));
  for (const [roomId, occupants] of groupBy(ctx.occupants, (o) => o.bed?.roomId)) {
    pairsWithin(occupants, 0, (a, b) => {
      if (a.owner === b.owner || a.bedId === b.bedId || (!a.fromPlan && !b.fromPlan)) return;
      const pa = person(a);
      const pb = person(b);
      if (pa === undefined || pb === undefined || pa.id === pb.id) return;
      if (pa.sex === pb.sex || arePartners(pa, pb)) return;
      const shared = overlap(a, b);
      if (shared === undefined) return;
      found.add([a.owner, b.owner].sort().join('|'), { first: shared.start, a, b, pa, pb, roomId });
    });
  }
  return found.values().map(({ first, a, b, pa, pb, roomId }) => ({
    rule: 'roomSex',
    refs: [a.label, b.label, pa.id, pb.id],
    message:
      `${pa.id} (${pa.sex}, ${a.label} in bed ${a.bedId}) and ${pb.id} (${pb.sex}, ${b.label} in bed ${b.bedId}) ` +
      `share room ${roomId} from ${ctx.day.date(first)} but are of different sex and not partners`,
  }));
}
