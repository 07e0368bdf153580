import type { Instance } from '../solver/formats.ts';

export interface InstanceSummary {
  horizon: Instance['horizon'];
  centres: number;
  wards: number;
  beds: number;
  people: number;
  requests: number;
  series: number;
  fixed: number;
}

export function summarise(instance: Instance): InstanceSummary {
  const wards = instance.centres.flatMap((c) => c.wards);
  return {
    horizon: instance.horizon,
    centres: instance.centres.length,
    wards: wards.length,
    beds: wards.flatMap((w) => w.rooms).reduce((n, r) => n + r.beds.length, 0),
    people: instance.people.length,
    requests: instance.requests.length,
    series: instance.series.length,
    fixed: instance.fixed.length,
  };
}
