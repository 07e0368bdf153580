import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { migrate } from '../../../server/db/migrations/migrate.ts';
import { readBedTree } from '../../../server/repos/bedTree.ts';
import { exportInstance, importInstance } from '../../../server/repos/instances.ts';
import { instance as instanceSchema, type Instance } from '../../../solver/formats.ts';
import { describeOnEachEngine, START_TIMEOUT_MS } from '../support/engines.ts';
import { fixtureJson } from '../support/fixtures.ts';

/** tiny.json with ward C1-W1 (4 beds) staffed for 2 beds in February and none the first week of March. */
function cappedTiny(): Instance {
  const raw = fixtureJson('tiny') as { centres: { wards: { id: string; capacity?: unknown }[] }[] };
  const ward = raw.centres[0]?.wards[0];
  if (ward?.id !== 'C1-W1') throw new Error('tiny.json changed');
  ward.capacity = [
    { start: '2027-02-01', end: '2027-03-01', beds: 2 },
    { start: '2027-03-01', end: '2027-03-08', beds: 0 },
  ];
  return instanceSchema.parse(raw);
}

describeOnEachEngine('ward capacity', (engine) => {
  let db: Database;
  beforeEach(async () => {
    db = await engine.open();
    await migrate(db);
  }, START_TIMEOUT_MS);
  afterEach(async () => {
    await db.close();
  });

  it('an instance with a ward staffed for fewer beds exports exactly as it was imported', async () => {
    const original = cappedTiny();
    await importInstance(db, original, { id: 'capped' });
    expect(await exportInstance(db, 'capped')).toStrictEqual(original);
  });

  it('the bed tree shows the capacity periods of a capped ward and none on the others', async () => {
    await importInstance(db, cappedTiny(), { id: 'capped' });
    const wards = (await readBedTree(db, 'capped')).flatMap((c) => c.wards);
    expect(wards.map((w) => [w.id, w.capacity])).toEqual([
      [
        'C1-W1',
        [
          { start: '2027-02-01', end: '2027-03-01', beds: 2 },
          { start: '2027-03-01', end: '2027-03-08', beds: 0 },
        ],
      ],
      ['C1-W2', undefined],
      ['C2-W1', undefined],
      ['C2-W2', undefined],
    ]);
  });

  it('the capacity periods go with their instance', async () => {
    await importInstance(db, cappedTiny(), { id: 'capped' });
    await db.query('DELETE FROM instances WHERE id = $1', ['capped']);
    expect(await db.query('SELECT count(*)::integer AS n FROM ward_capacity')).toEqual([{ n: 0 }]);
  });
});
