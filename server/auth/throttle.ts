/**
 * The login throttle, stored in the database (so it holds across restarts and app nodes): an exponential
 * delay instead of a hard lock. Failures count within a window, each key since its own last success:
 * - a name from one address: from the 5th failure on, the next attempt waits 2^(n-5) s (at most 15 min);
 * - one address, any names: the same from the 20th failure (spraying many names);
 * - one name, any addresses: the same from the 20th failure, but not for an address the name has logged
 *   in from before. One address cannot reach 20 for a name within the window (its own delay grows first),
 *   so a stranger cannot slow down the real user elsewhere; many addresses cannot slow a known one.
 */
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import {
  insertLoginAttempt,
  pruneLoginFailures,
  recentFailures,
  type Failures,
} from '../repos/loginAttempts.ts';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;
const PAIR_FREE = 5;
const WIDE_FREE = 20;

/** When the next attempt may come after `failures` with `free` of them allowed without delay. */
export function nextAllowed({ count, last }: Failures, free: number): number {
  if (last === null || count < free) return 0;
  return last.getTime() + Math.min(2 ** (count - free) * 1000, MAX_DELAY_MS);
}

export interface LoginAttempt {
  username: string;
  address: string;
}

export class LoginThrottle {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  /** 429 too_many_attempts, with the seconds to wait in `details.retryAfterSeconds`, while delayed. */
  async check({ username, address }: LoginAttempt): Promise<void> {
    const since = new Date(this.now() - WINDOW_MS);
    const failures = await recentFailures(this.db, { username, address, since });
    const until = Math.max(
      nextAllowed(failures.pair, PAIR_FREE),
      nextAllowed(failures.address, WIDE_FREE),
      failures.knownAddress ? 0 : nextAllowed(failures.name, WIDE_FREE),
    );
    const waitMs = until - this.now();
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      throw new ApiError(
        429,
        'too_many_attempts',
        `for mange mislykkede innlogginger; prøv igjen om ${retryAfterSeconds} sekunder`,
        { retryAfterSeconds },
      );
    }
  }

  failed(attempt: LoginAttempt): Promise<void> {
    return insertLoginAttempt(this.db, { ...attempt, at: new Date(this.now()), ok: false });
  }

  async succeeded(attempt: LoginAttempt): Promise<void> {
    await insertLoginAttempt(this.db, { ...attempt, at: new Date(this.now()), ok: true });
    await pruneLoginFailures(this.db, new Date(this.now() - WINDOW_MS));
  }
}
