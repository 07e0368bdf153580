import type { Queryable } from '../db/database.ts';

/** Failures counted for one key (a name at an address, an address, a name) since its last success. */
export interface Failures {
  count: number;
  last: Date | null;
}

export interface RecentFailures {
  /** This name from this address. */
  pair: Failures;
  /** Any name from this address. */
  address: Failures;
  /** This name from any address. */
  name: Failures;
  /** Whether this name has ever logged in from this address. */
  knownAddress: boolean;
}

export async function insertLoginAttempt(
  q: Queryable,
  attempt: { username: string; address: string; at: Date; ok: boolean },
): Promise<void> {
  await q.query('INSERT INTO login_attempts (username, address, at, ok) VALUES ($1, $2, $3, $4)', [
    attempt.username,
    attempt.address,
    attempt.at,
    attempt.ok,
  ]);
}

interface Row {
  pair_count: number;
  pair_last: Date | string | null;
  address_count: number;
  address_last: Date | string | null;
  name_count: number;
  name_last: Date | string | null;
  known: boolean | null;
}

const toDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/** The failures since `since` for `username`, for `address` and for both, each since its own last success. */
export async function recentFailures(
  q: Queryable,
  key: { username: string; address: string; since: Date },
): Promise<RecentFailures> {
  const [row] = await q.query<Row>(
    `WITH ok AS (
       SELECT coalesce(max(at) FILTER (WHERE username = $1 AND address = $2), '-infinity') AS pair,
              coalesce(max(at) FILTER (WHERE address = $2), '-infinity') AS address,
              coalesce(max(at) FILTER (WHERE username = $1), '-infinity') AS name,
              coalesce(bool_or(username = $1 AND address = $2), false) AS known
         FROM login_attempts WHERE ok AND (username = $1 OR address = $2)
     )
     SELECT count(*) FILTER (WHERE a.username = $1 AND a.address = $2 AND a.at > ok.pair)::int AS pair_count,
            max(a.at) FILTER (WHERE a.username = $1 AND a.address = $2 AND a.at > ok.pair) AS pair_last,
            count(*) FILTER (WHERE a.address = $2 AND a.at > ok.address)::int AS address_count,
            max(a.at) FILTER (WHERE a.address = $2 AND a.at > ok.address) AS address_last,
            count(*) FILTER (WHERE a.username = $1 AND a.at > ok.name)::int AS name_count,
            max(a.at) FILTER (WHERE a.username = $1 AND a.at > ok.name) AS name_last,
            bool_or(ok.known) AS known
       FROM ok LEFT JOIN login_attempts a
         ON NOT a.ok AND a.at > $3 AND (a.username = $1 OR a.address = $2)`,
    [key.username, key.address, key.since],
  );
  return {
    pair: { count: row?.pair_count ?? 0, last: toDate(row?.pair_last ?? null) },
    address: { count: row?.address_count ?? 0, last: toDate(row?.address_last ?? null) },
    name: { count: row?.name_count ?? 0, last: toDate(row?.name_last ?? null) },
    knownAddress: row?.known ?? false,
  };
}

/** Forgets failures older than `before` (successes are kept: they make an address known). */
export async function pruneLoginFailures(q: Queryable, before: Date): Promise<void> {
  await q.query('DELETE FROM login_attempts WHERE NOT ok AND at < $1', [before]);
}
