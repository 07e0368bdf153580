import type { Database } from '../db/database.ts';
import { recordAudit, type AuditEntry } from './record.ts';

/**
 * The same database, except that each transaction also writes the audit row `entry` makes of the
 * transaction's result, inside that transaction: for repository functions that open their own.
 */
export function auditedTransactions<R>(db: Database, entry: (result: R) => AuditEntry): Database {
  return {
    engine: db.engine,
    query: db.query.bind(db),
    close: () => db.close(),
    transaction: (fn) =>
      db.transaction(async (tx) => {
        const result = await fn(tx);
        await recordAudit(tx, entry(result as unknown as R));
        return result;
      }),
  };
}
