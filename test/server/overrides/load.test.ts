/**
 * An override reads only part of the instance (server/overrides/load.ts). On random overrides of a stored
 * plan, judging on that part gives the verdict the whole instance gives.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { migrate } from '../../../server/db/migrations/migrate.ts';
import { openPglite } from '../../../server/db/pglite.ts';
import { ApiError } from '../../../server/errors.ts';
import { applyOverride } from '../../../server/overrides/apply.ts';
import { judgeOverride } from '../../../server/overrides/check.ts';
import { readOverrideInstance } from '../../../server/overrides/load.ts';
import { exportInstance, importInstance } from '../../../server/repos/instances.ts';
import type { Instance } from '../../../solver/formats.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { arbitraryOverride, busySmall } from './random.ts';

const { instance, plan } = busySmall();
let db: Database;
let stored: Instance;
beforeAll(async () => {
  db = await openPglite(undefined);
  await migrate(db);
  await importInstance(db, instance, { id: 'small' });
  stored = (await exportInstance(db, 'small')) as Instance;
}, START_TIMEOUT_MS);
afterAll(async () => {
  await db.close();
});

/** The blocking violations of `override` judged with `on` as the instance, or 'refused early' from apply. */
function verdict(on: Instance, override: Parameters<typeof applyOverride>[2]) {
  try {
    const applied = applyOverride(on, plan, override);
    const after = { instance: applied.instance, plan: applied.plan };
    return judgeOverride(applied.ref, { instance: on, plan }, after).blocking;
  } catch (error) {
    if (error instanceof ApiError) return `${error.status} ${error.code}`;
    throw error;
  }
}

describe('reading the part of the instance an override needs', () => {
  it('gives the verdict of the whole instance on random overrides', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryOverride(instance, plan), async (override) => {
        const part = await readOverrideInstance(db, 'small', plan, override);
        expect(part).not.toBeNull();
        expect(verdict(part as Instance, override)).toEqual(verdict(stored, override));
      }),
      { numRuns: 150, seed: 11 },
    );
  }, 120_000);

  it('reads rows exactly as the instance export writes them, pins included', async () => {
    const pinned = instance.requests.find((r) => r.pin !== undefined);
    const rotation = instance.series.find((s) => s.pins.length > 0);
    if (!pinned || !rotation) throw new Error('busySmall has pins');
    const parts = await Promise.all([
      readOverrideInstance(db, 'small', plan, { action: 'unplace', ref: { requestId: pinned.id } }),
      readOverrideInstance(db, 'small', plan, {
        action: 'unplace',
        ref: { seriesId: rotation.id, occurrence: 0 },
      }),
    ]);
    const requests = parts.flatMap((p) => p?.requests ?? []);
    const series = parts.flatMap((p) => p?.series ?? []);
    expect(requests.map((r) => r.id)).toContain(pinned.id);
    expect(series.map((s) => s.id)).toContain(rotation.id);
    for (const r of requests) expect(r).toEqual(stored.requests.find((x) => x.id === r.id));
    for (const s of series) expect(s).toEqual(stored.series.find((x) => x.id === s.id));
    for (const p of parts.flatMap((x) => x?.people ?? []))
      expect(p).toEqual(stored.people.find((x) => x.id === p.id));
    for (const f of parts.flatMap((x) => x?.fixed ?? []))
      expect(f).toEqual(stored.fixed.find((x) => x.id === f.id));
  });
});
