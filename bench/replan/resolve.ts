/** Baseline (a): re-solve the instance from scratch, with what the users were told pinned. */
import { addDays } from '../../solver/dates.ts';
import type { Instance, Plan } from '../../solver/formats.ts';
import { solve } from '../../solver/solve.ts';

/** Every stay that starts before today + noticeDays keeps bed and start: pinned on its first segment. */
export function pinLocked(instance: Instance, plan: Plan, today: string, noticeDays: number): Instance {
  const pinned = structuredClone(instance);
  const lockBefore = addDays(today, noticeDays);
  const requests = new Map(pinned.requests.map((r) => [r.id, r]));
  const series = new Map(pinned.series.map((s) => [s.id, s]));
  const firsts = [...plan.stays].sort((a, b) => b.start.localeCompare(a.start));
  for (const s of firsts) {
    if (s.start >= lockBefore) continue;
    if ('requestId' in s) {
      const r = requests.get(s.requestId);
      if (r) r.pin = { bedId: s.bedId, start: s.start };
    } else {
      const owner = series.get(s.seriesId);
      if (!owner) continue;
      owner.pins = owner.pins.filter((p) => p.occurrence !== s.occurrence);
      owner.pins.push({ occurrence: s.occurrence, bedId: s.bedId, start: s.start });
    }
  }
  return pinned;
}

/** The re-solved plan, or the solver's error (pins that agree with no series anchor make it throw). */
export async function resolveFromScratch(
  instance: Instance,
  previous: Plan,
  today: string,
  seconds: number,
): Promise<{ plan: Plan; seconds: number } | { error: string; seconds: number }> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  try {
    const result = await solve(pinLocked(instance, previous, today, 2), {
      timeLimitSeconds: seconds,
      seed: 1,
    });
    return { plan: result.plan, seconds: elapsed() };
  } catch (error) {
    return { error: (error as Error).message, seconds: elapsed() };
  }
}
