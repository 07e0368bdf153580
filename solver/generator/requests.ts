/**
 * The request stream over the horizon: korttid (also on dementia wards), rehab and assessment stays from
 * hospital discharges and home applications, ØHD arrivals the same day, trygghet stays at short notice.
 * Each kind of ward gets requests until they ask for its `target` nights.
 */
import type { RequestKind } from '../formats.ts';
import type { Random } from '../random.ts';
import {
  BACKLOG_DAYS,
  BACKLOG_SHARE,
  BED_TAG_REQUEST_SHARE,
  HOME_PRIORITY,
  HOME_WINDOW,
  HOSPITAL_PRIORITY,
  HOSPITAL_SHARE,
  HOSPITAL_WINDOW,
  MAX_MISSES,
  OHD_NIGHTS,
  PREFERRED_CENTRE_SHARE,
  REHAB_NIGHTS,
  TRYGGHET_NIGHTS,
  TRYGGHET_PRIORITY,
  TRYGGHET_WINDOW,
  VURDERING_HOSPITAL_SHARE,
  VURDERING_NIGHTS,
  VURDERING_SHARE,
} from './calibration.ts';
import type { Calendar } from './calendar.ts';
import { emptyByKind, WARD_TAGS, type WardKind } from './kinds.ts';
import { LengthMix } from './lengths.ts';
import { newCouple, newPerson, type PersonDraft } from './people.ts';
import { draw } from './streams.ts';
import type { BedTree } from './tree.ts';

export interface RequestDraft {
  person: PersonDraft;
  kind: RequestKind;
  /** Night numbers of the start window. */
  earliest: number;
  latest: number;
  nights: number;
  priority: number;
  source: 'hospital' | 'home';
  requiredTags: string[];
  preferredCentres: string[];
}

export interface RequestContext {
  tree: BedTree;
  calendar: Calendar;
  /** Couples who both ask for a korttid stay at the same time. */
  couples: number;
  /** Offered nights to reach per ward kind (rotation is served by series, not here). */
  targets: Record<WardKind, number>;
}

type StayKind = 'korttid' | 'demens' | 'rehab';

export function generateRequests(random: Random, ctx: RequestContext): RequestDraft[] {
  const days = ctx.calendar.days;
  const centresWith = emptyByKind<string[]>(() => []);
  const bedTagsIn = emptyByKind(() => new Set<string>());
  for (const centre of ctx.tree.centres) {
    for (const ward of centre.wards) {
      const kind = ctx.tree.wardKind.get(ward.id) as WardKind;
      if (!centresWith[kind].includes(centre.id)) centresWith[kind].push(centre.id);
    }
  }
  for (const slot of ctx.tree.beds) slot.bed.tags.forEach((t) => bedTagsIn[slot.kind].add(t));

  const offered = (d: RequestDraft) => Math.min(d.nights, days - d.earliest);
  const preferred = (kind: WardKind) =>
    centresWith[kind].length > 0 && random.chance(PREFERRED_CENTRE_SHARE)
      ? [random.pick(centresWith[kind])]
      : [];
  const bedTag = (kind: WardKind): string[] => {
    const tags = [...bedTagsIn[kind]];
    return tags.length > 0 && random.chance(BED_TAG_REQUEST_SHARE) ? [random.pick(tags)] : [];
  };
  /** A start window of `width` days inside the horizon; some non-acute requests are already waiting. */
  const window = (width: number, backlog: boolean): [number, number] => {
    const w = Math.min(width, days - 1);
    const last = days - 1 - w;
    const earliest =
      backlog && random.chance(BACKLOG_SHARE)
        ? random.int(0, Math.min(BACKLOG_DAYS - 1, last))
        : random.int(0, last);
    return [earliest, earliest + w];
  };
  const fromSource = (source: 'hospital' | 'home') => {
    const [earliest, latest] = window(
      draw(random, source === 'hospital' ? HOSPITAL_WINDOW : HOME_WINDOW),
      true,
    );
    const priority = draw(random, source === 'hospital' ? HOSPITAL_PRIORITY : HOME_PRIORITY);
    return { earliest, latest, priority, source };
  };

  const mix = new LengthMix();
  let couplesLeft = ctx.couples;
  /** The next non-acute request(s) for a ward kind: one, or two alike for a couple. */
  const stayRequest = (ward: StayKind): RequestDraft[] => {
    if (ward === 'korttid' && couplesLeft > 0) {
      const common = {
        kind: 'korttid' as const,
        nights: mix.korttidNights(random),
        ...fromSource('home'),
        requiredTags: [...WARD_TAGS.korttid],
        preferredCentres: preferred('korttid'),
      };
      return newCouple().map((person) => ({
        person,
        ...common,
        requiredTags: [...common.requiredTags],
        preferredCentres: [...common.preferredCentres],
      }));
    }
    const person = newPerson(random);
    if (ward === 'korttid' && random.chance(VURDERING_SHARE)) {
      const source = random.chance(VURDERING_HOSPITAL_SHARE) ? 'hospital' : 'home';
      const nights = draw(random, VURDERING_NIGHTS);
      return [
        {
          person,
          kind: 'vurdering',
          nights,
          ...fromSource(source),
          requiredTags: ['korttid'],
          preferredCentres: preferred(ward),
        },
      ];
    }
    const source = random.chance(HOSPITAL_SHARE) ? 'hospital' : 'home';
    const nights = ward === 'rehab' ? draw(random, REHAB_NIGHTS) : mix.korttidNights(random);
    const requiredTags = ward === 'demens' ? [...WARD_TAGS.demens] : [...WARD_TAGS[ward], ...bedTag(ward)];
    return [
      {
        person,
        kind: ward === 'rehab' ? 'rehab' : 'korttid',
        nights,
        ...fromSource(source),
        requiredTags,
        preferredCentres: preferred(ward),
      },
    ];
  };
  const ohdRequest = (): RequestDraft[] => {
    const day = random.int(0, days - 1);
    const nights = draw(random, OHD_NIGHTS);
    const person = newPerson(random);
    return [
      {
        person,
        kind: 'ohd',
        earliest: day,
        latest: day,
        nights,
        priority: 1,
        source: 'home',
        requiredTags: ['ohd'],
        preferredCentres: [],
      },
    ];
  };
  const trygghetRequest = (): RequestDraft[] => {
    const [earliest, latest] = window(draw(random, TRYGGHET_WINDOW), false);
    const nights = draw(random, TRYGGHET_NIGHTS);
    const priority = draw(random, TRYGGHET_PRIORITY);
    const person = newPerson(random);
    return [
      {
        person,
        kind: 'trygghet',
        earliest,
        latest,
        nights,
        priority,
        source: 'home',
        requiredTags: ['trygghet'],
        preferredCentres: preferred('trygghet'),
      },
    ];
  };

  const requests: RequestDraft[] = [];
  const sums = emptyByKind(() => 0);
  /**
   * Adds requests of the given kinds, always to the kind furthest from its target. A draw that would take
   * its kind further from the target than it is is dropped; after MAX_MISSES such draws the kind is full.
   */
  const fill = (
    kinds: WardKind[],
    make: (kind: WardKind) => RequestDraft[],
    onAccept?: (ds: RequestDraft[]) => void,
  ) => {
    const open = new Set(kinds.filter((k) => ctx.targets[k] > 0));
    const misses = emptyByKind(() => 0);
    while (open.size > 0) {
      let kind = [...open][0] as WardKind;
      for (const k of open) if (sums[k] / ctx.targets[k] < sums[kind] / ctx.targets[kind]) kind = k;
      const drafts = make(kind);
      const add = drafts.reduce((s, d) => s + offered(d), 0);
      if (
        add === 0 ||
        Math.abs(sums[kind] + add - ctx.targets[kind]) >= Math.abs(sums[kind] - ctx.targets[kind])
      ) {
        misses[kind] += 1;
        if (misses[kind] >= MAX_MISSES) open.delete(kind);
        continue;
      }
      sums[kind] += add;
      requests.push(...drafts);
      onAccept?.(drafts);
    }
  };
  fill(
    ['korttid', 'demens', 'rehab'],
    (k) => stayRequest(k as StayKind),
    (drafts) => {
      drafts.forEach((d) => mix.record(d.nights));
      if (drafts.length === 2) couplesLeft -= 1;
    },
  );
  fill(['ohd'], ohdRequest);
  fill(['trygghet'], trygghetRequest);
  return requests;
}
