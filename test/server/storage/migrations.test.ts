import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { migrate } from '../../../server/db/migrations/migrate.ts';
import { migrations } from '../../../server/db/migrations/index.ts';
import { describeOnEachEngine, START_TIMEOUT_MS } from '../support/engines.ts';

const tables = async (db: Database) =>
  (
    await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() ORDER BY table_name`,
    )
  ).map((row) => row.name);

describeOnEachEngine('migrations', (engine) => {
  let db: Database;
  beforeEach(async () => {
    db = await engine.open();
  }, START_TIMEOUT_MS);
  afterEach(async () => {
    await db.close();
  });

  it('applies every migration on an empty database and records each in schema_migrations', async () => {
    expect(await migrate(db)).toEqual(migrations.map((m) => m.id));
    const recorded = await db.query<{ id: number; name: string }>(
      'SELECT id, name FROM schema_migrations ORDER BY id',
    );
    expect(recorded).toEqual(migrations.map(({ id, name }) => ({ id, name })));
  });

  it('applies nothing the second time and leaves the schema as it was', async () => {
    await migrate(db);
    const before = await tables(db);
    expect(await migrate(db)).toEqual([]);
    expect(await tables(db)).toEqual(before);
    expect(await db.query('SELECT count(*)::integer AS n FROM schema_migrations')).toEqual([
      { n: migrations.length },
    ]);
  });

  it('applies only the migrations that are new', async () => {
    const [first, ...rest] = migrations;
    if (!first) throw new Error('no migrations');
    expect(await migrate(db, [first])).toEqual([first.id]);
    expect(await migrate(db)).toEqual(rest.map((m) => m.id));
  });

  it('leaves nothing behind when a migration fails: no table and no record', async () => {
    const broken = [
      { id: 1, name: 'fine', statements: ['CREATE TABLE fine (id INTEGER)'] },
      { id: 2, name: 'broken', statements: ['CREATE TABLE broken (id NO_SUCH_TYPE)'] },
    ];
    await expect(migrate(db, broken)).rejects.toThrow(/no_such_type/);
    expect(await tables(db)).toEqual([]);
  });
});
