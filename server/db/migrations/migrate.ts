import type { Database } from '../database.ts';
import { migrations as schema, type Migration } from './index.ts';

/** Any fixed number: PostgreSQL advisory lock that keeps two servers from migrating at once. */
const MIGRATION_LOCK = 7_160_301;

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in order, in one transaction: all of them
 * or none. Returns the ids it applied (none when the schema is current).
 */
export function migrate(db: Database, migrations: readonly Migration[] = schema): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         id INTEGER PRIMARY KEY,
         name TEXT NOT NULL,
         applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
       )`,
    );
    const rows = await tx.query<{ id: number }>('SELECT id FROM schema_migrations');
    const done = new Set(rows.map((row) => row.id));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [
        migration.id,
        migration.name,
      ]);
      applied.push(migration.id);
    }
    return applied;
  });
}
