/**
 * Stay lengths. Rehab and assessment stays have their own norms; korttid lengths are drawn so that all
 * non-acute requests together follow Bergen's mix (27 % under 3 weeks, 39 % about 3 weeks, 34 % over).
 */
import type { Random } from '../random.ts';
import {
  ABOUT_3_WEEKS,
  ABOUT_3_WEEKS_NIGHTS,
  LENGTH_MIX,
  LONG_NIGHTS,
  SHORT_NIGHTS,
  type LengthBucket,
  type Table,
} from './calibration.ts';
import { draw } from './streams.ts';

const buckets: readonly LengthBucket[] = ['short', 'about3', 'long'];
const NIGHTS: Record<LengthBucket, Table<number>> = {
  short: SHORT_NIGHTS,
  about3: ABOUT_3_WEEKS_NIGHTS,
  long: LONG_NIGHTS,
};

export function lengthBucket(nights: number): LengthBucket {
  if (nights < ABOUT_3_WEEKS.min) return 'short';
  return nights <= ABOUT_3_WEEKS.max ? 'about3' : 'long';
}

/** A korttid length drawn from the plain mix (for stays already under way at the start). */
export function plainKorttidNights(random: Random): number {
  return draw(random, NIGHTS[buckets[random.weighted(buckets.map((b) => LENGTH_MIX[b]))] as LengthBucket]);
}

/**
 * Keeps the tally of non-acute lengths. A korttid length is drawn from the buckets in proportion to how far
 * each lags its target share, so the other kinds' norms (rehab at 21, assessments under 14) are made up for.
 */
export class LengthMix {
  private readonly counts: Record<LengthBucket, number> = { short: 0, about3: 0, long: 0 };
  private total = 0;

  record(nights: number): void {
    this.counts[lengthBucket(nights)] += 1;
    this.total += 1;
  }

  korttidNights(random: Random): number {
    const lag = buckets.map((b) => Math.max(0, LENGTH_MIX[b] * (this.total + 1) - this.counts[b]));
    return draw(random, NIGHTS[buckets[random.weighted(lag)] as LengthBucket]);
  }
}
