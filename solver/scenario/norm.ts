import type { Instance, RequestKind } from '../formats.ts';
import type { Random } from '../random.ts';
import { returnsOf } from './returns.ts';
import type { ReturnModel } from './schema.ts';

export interface NormChange {
  fromNights: number;
  toNights: number;
  share: number;
  returns: boolean;
}

export interface NormResult {
  instance: Instance;
  /** Ids of the requests given the new length. */
  changed: string[];
  /** Ids of the return requests added. */
  added: string[];
}

/**
 * A new norm for one kind of stay: requests of that kind asking for the old norm's nights get the new
 * length (all, or a seeded share), and users home sooner come back as the return model says. Source and
 * priority stay as they were, so hospital discharges keep theirs. A norm kept as it is changes nothing.
 * Returns a copy; the input is untouched.
 */
export function changeNorm(
  instance: Instance,
  kind: RequestKind,
  change: NormChange,
  model: ReturnModel,
  random: Random,
): NormResult {
  const copy = structuredClone(instance);
  if (change.fromNights === change.toNights) return { instance: copy, changed: [], added: [] };
  const changed: string[] = [];
  const added: string[] = [];
  const requests = [];
  for (const request of copy.requests) {
    requests.push(request);
    if (request.kind !== kind || request.nights !== change.fromNights) continue;
    if (change.share < 1 && !random.chance(change.share)) continue;
    request.nights = change.toNights;
    changed.push(request.id);
    if (!change.returns) continue;
    const returns = returnsOf(request, change.fromNights, model, copy.horizon.end, random);
    requests.push(...returns);
    added.push(...returns.map((r) => r.id));
  }
  copy.requests = requests;
  return { instance: copy, changed, added };
}
