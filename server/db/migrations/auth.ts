/** Migration 5: users, their sessions, and the audit log (append-only, enforced by the database). */

export const authStatements: readonly string[] = [
  `CREATE TABLE users (
     username TEXT PRIMARY KEY CHECK (username ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
     password_hash TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
     role TEXT NOT NULL CHECK (role IN ('admin', 'planner', 'wardLeader', 'staff')),
     centre_ids TEXT[] NOT NULL DEFAULT '{}',
     ward_ids TEXT[] NOT NULL DEFAULT '{}',
     created_at TIMESTAMPTZ NOT NULL DEFAULT now()
   )`,
  // Only a SHA-256 of the session token is kept: a copy of the table logs nobody in.
  `CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     csrf_token TEXT NOT NULL,
     username TEXT NOT NULL REFERENCES users (username) ON DELETE CASCADE,
     created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
     last_seen TIMESTAMPTZ NOT NULL DEFAULT now(),
     expires_at TIMESTAMPTZ NOT NULL
   )`,
  `CREATE INDEX sessions_expires_at ON sessions (expires_at)`,
  `CREATE TABLE audit (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     at TIMESTAMPTZ NOT NULL DEFAULT now(),
     username TEXT NOT NULL,
     role TEXT NOT NULL,
     action TEXT NOT NULL,
     object TEXT NOT NULL,
     before JSONB,
     after JSONB
   )`,
  `CREATE INDEX audit_username ON audit (username, at)`,
  `CREATE INDEX audit_object ON audit (object, at)`,
  `CREATE INDEX audit_at ON audit (at)`,
  `CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'audit rows cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
   END
   $$`,
  `CREATE TRIGGER audit_no_update_or_delete BEFORE UPDATE OR DELETE ON audit
     FOR EACH ROW EXECUTE FUNCTION audit_is_append_only()`,
  `CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
     FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only()`,
];
