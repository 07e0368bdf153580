import { PGlite } from '@electric-sql/pglite';
import { instance as instanceSchema, type Instance } from '../../solver/formats.ts';

const migrations = [
  `CREATE TABLE IF NOT EXISTS instances (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     body JSONB NOT NULL,
     created_at TIMESTAMPTZ NOT NULL DEFAULT now()
   )`,
];

/** Planning instances kept in the embedded PostgreSQL (PGlite); `dataDir` undefined keeps it in memory. */
export class Store {
  private constructor(private readonly db: PGlite) {}

  static async open(dataDir: string | undefined): Promise<Store> {
    const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
    await db.waitReady;
    for (const sql of migrations) await db.exec(sql);
    return new Store(db);
  }

  async saveInstance(id: string, name: string, instance: Instance): Promise<void> {
    await this.db.query(
      'INSERT INTO instances (id, name, body) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET name = $2, body = $3',
      [id, name, JSON.stringify(instance)],
    );
  }

  async listInstances(): Promise<{ id: string; name: string }[]> {
    const result = await this.db.query<{ id: string; name: string }>(
      'SELECT id, name FROM instances ORDER BY id',
    );
    return result.rows;
  }

  async getInstance(id: string): Promise<Instance | null> {
    const result = await this.db.query<{ body: unknown }>('SELECT body FROM instances WHERE id = $1', [id]);
    const row = result.rows[0];
    return row ? instanceSchema.parse(row.body) : null;
  }

  async ping(): Promise<boolean> {
    const result = await this.db.query<{ ok: number }>('SELECT 1 AS ok');
    return result.rows[0]?.ok === 1;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
