/** Migration 6: every plan version counts its writes, so that a stale write can be refused (If-Match). */

export const planRevisionStatements: readonly string[] = [
  `ALTER TABLE plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)`,
];
