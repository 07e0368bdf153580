/**
 * Migration 9: login attempts, kept in the database so the login throttle holds across restarts and
 * across app nodes on one PostgreSQL (server/auth/throttle.ts). Never a password, only the name tried.
 */
export const loginAttemptStatements: readonly string[] = [
  `CREATE TABLE login_attempts (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     username TEXT NOT NULL,
     address TEXT NOT NULL,
     at TIMESTAMPTZ NOT NULL,
     ok BOOLEAN NOT NULL
   )`,
  `CREATE INDEX login_attempts_username ON login_attempts (username, at)`,
  `CREATE INDEX login_attempts_address ON login_attempts (address, at)`,
];
