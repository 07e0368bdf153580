/**
 * Applies one manual override to a plan and its instance, without judging it (that is check.ts's job).
 * Pure: returns new values and leaves its arguments as they were.
 */
import { nightsOf } from '../../solver/dates.ts';
import type { Instance, Plan, Stay } from '../../solver/formats.ts';
import { unplacedReason } from '../../solver/model/reasons.ts';
import { ApiError } from '../errors.ts';
import type { Override } from '../../api/overrides.ts';
import type { PlanRef, StayRef } from '../../api/refs.ts';
import { entryKey, isRequestRef, keyOf, stayOf } from './refs.ts';

export interface Pin {
  bedId?: string;
  start?: string;
}

export interface Applied {
  instance: Instance;
  plan: Plan;
  ref: PlanRef;
  /** The stays of `ref` before and after the override (empty when it is not placed). */
  before: Stay[];
  after: Stay[];
  /** Set when the instance's pin of `ref` changes: the pin it gets, or null when it loses it. */
  pin?: Pin | null;
  /** Set when a move gives a request another length (an extension or a shortening of its decision). */
  nights?: number;
}

/** The pin the instance holds for `ref`, if any. */
export function pinOf(instance: Instance, ref: PlanRef): Pin | undefined {
  if (isRequestRef(ref)) return instance.requests.find((r) => r.id === ref.requestId)?.pin;
  const series = instance.series.find((s) => s.id === ref.seriesId);
  const pin = series?.pins.find((p) => p.occurrence === ref.occurrence);
  if (!pin) return undefined;
  const { occurrence: _occurrence, ...rest } = pin;
  return rest;
}

const samePin = (a: Pin | null | undefined, b: Pin | null | undefined): boolean =>
  (a ?? null) === null ? (b ?? null) === null : a?.bedId === b?.bedId && a?.start === b?.start;

const compact = (pin: Pin): Pin => ({
  ...(pin.bedId === undefined ? {} : { bedId: pin.bedId }),
  ...(pin.start === undefined ? {} : { start: pin.start }),
});

function withPin(instance: Instance, ref: PlanRef, pin: Pin | null): Instance {
  if (isRequestRef(ref)) {
    return {
      ...instance,
      requests: instance.requests.map((r) => {
        if (r.id !== ref.requestId) return r;
        const { pin: _old, ...rest } = r;
        return pin === null ? rest : { ...rest, pin: compact(pin) };
      }),
    };
  }
  return {
    ...instance,
    series: instance.series.map((s) => {
      if (s.id !== ref.seriesId) return s;
      const pins = s.pins.filter((p) => p.occurrence !== ref.occurrence);
      return { ...s, pins: pin === null ? pins : [...pins, { occurrence: ref.occurrence, ...compact(pin) }] };
    }),
  };
}

function withNights(instance: Instance, requestId: string, nights: number): Instance {
  return {
    ...instance,
    requests: instance.requests.map((r) => (r.id === requestId ? { ...r, nights } : r)),
  };
}

/** The ref as one the plan can hold; fixed stays and unknown requests or series are refused here. */
function planRef(instance: Instance, ref: StayRef): PlanRef {
  if ('fixedStayId' in ref) {
    const message = `${ref.fixedStayId} er et fast opphold (allerede avgjort eller påbegynt) og kan ikke endres i planen.`;
    throw new ApiError(409, 'rule_broken', message, { rule: 'fixed', message, other: ref });
  }
  if (isRequestRef(ref)) {
    if (!instance.requests.some((r) => r.id === ref.requestId))
      throw new ApiError(404, 'not_found', `finner ikke søknad ${ref.requestId} i instansen`);
  } else if (!instance.series.some((s) => s.id === ref.seriesId)) {
    throw new ApiError(404, 'not_found', `finner ikke serien ${ref.seriesId} i instansen`);
  }
  return ref;
}

/** Puts `replacement` where the first stay of `key` was (or last), dropping the others of `key`. */
function replaceStays(stays: Stay[], key: string, replacement: Stay[]): Stay[] {
  const at = stays.findIndex((s) => entryKey(s) === key);
  const kept = stays.filter((s) => entryKey(s) !== key);
  const position = at === -1 ? kept.length : stays.slice(0, at).filter((s) => entryKey(s) !== key).length;
  return [...kept.slice(0, position), ...replacement, ...kept.slice(position)];
}

/** The pin that holds a stay where it is: its bed when it keeps one bed, and its start. */
function pinHere(stays: Stay[]): Pin {
  const [first] = [...stays].sort((a, b) => a.start.localeCompare(b.start));
  if (!first) return {};
  const oneBed = stays.every((s) => s.bedId === first.bedId);
  return oneBed ? { bedId: first.bedId, start: first.start } : { start: first.start };
}

export function applyOverride(instance: Instance, plan: Plan, override: Override): Applied {
  const ref = planRef(instance, override.ref);
  const key = keyOf(ref);
  const before = plan.stays.filter((s) => entryKey(s) === key);
  const current = pinOf(instance, ref);
  let after = before;
  let stays = plan.stays;
  let unplaced = plan.unplaced;
  let pin: Pin | null;
  let nights: number | undefined;

  if (override.action === 'move') {
    const moved = stayOf(ref, { bedId: override.bedId, start: override.start, end: override.end });
    after = [moved];
    stays = replaceStays(plan.stays, key, after);
    unplaced = plan.unplaced.filter((u) => entryKey(u) !== key);
    pin = override.pin ? { bedId: override.bedId, start: override.start } : null;
    if (isRequestRef(ref)) {
      const request = instance.requests.find((r) => r.id === ref.requestId);
      const length = nightsOf(moved);
      if (request && request.nights !== length) nights = length;
    }
  } else if (override.action === 'pin') {
    pin = override.pinned ? pinHere(before) : null;
  } else {
    after = [];
    stays = replaceStays(plan.stays, key, []);
    const listed = plan.unplaced.some((u) => entryKey(u) === key);
    unplaced = listed
      ? plan.unplaced
      : [...plan.unplaced, { ...ref, ...unplacedReason({ code: 'removedByHand' }) }];
    pin = null;
  }

  let next = instance;
  if (nights !== undefined && isRequestRef(ref)) next = withNights(next, ref.requestId, nights);
  const pinChanges = !samePin(current, pin);
  if (pinChanges) next = withPin(next, ref, pin);
  return {
    instance: next,
    plan: { ...plan, stays, unplaced },
    ref,
    before,
    after,
    ...(pinChanges ? { pin } : {}),
    ...(nights === undefined ? {} : { nights }),
  };
}
