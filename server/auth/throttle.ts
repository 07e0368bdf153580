import { ApiError } from '../errors.ts';

/** Failed logins allowed per user name within the window; then 429 until the window has passed. */
const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60 * 1000;
/** Names remembered at most before old entries are dropped (guessing many names must not fill memory). */
const MAX_NAMES = 10_000;

/** Slows down password guessing against one user name (in memory, per server process). */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  check(username: string): void {
    const entry = this.failures.get(username);
    if (!entry) return;
    if (this.now() - entry.since >= WINDOW_MS) this.failures.delete(username);
    else if (entry.count >= MAX_FAILURES)
      throw new ApiError(
        429,
        'too_many_attempts',
        'for mange mislykkede innlogginger; prøv igjen om et kvarter',
      );
  }

  failed(username: string): void {
    if (this.failures.size >= MAX_NAMES) this.forgetOld();
    const entry = this.failures.get(username);
    if (entry) entry.count += 1;
    else this.failures.set(username, { count: 1, since: this.now() });
  }

  succeeded(username: string): void {
    this.failures.delete(username);
  }

  private forgetOld(): void {
    const now = this.now();
    for (const [name, { since }] of this.failures) if (now - since >= WINDOW_MS) this.failures.delete(name);
  }
}
