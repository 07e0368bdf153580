/** Small helpers the pairwise rules share: grouping occupants and sweeping for pairs close in time. */
import type { Occupant, Span } from './context.ts';

export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

function byStart(a: Occupant, b: Occupant): number {
  return a.start - b.start || a.end - b.end || a.label.localeCompare(b.label);
}

/**
 * Calls `visit(a, b)` for every pair where b starts before a.end + reach (a sorted before b by start).
 * With reach 0 these are exactly the overlapping pairs.
 */
export function pairsWithin(
  items: Occupant[],
  reach: number,
  visit: (a: Occupant, b: Occupant) => void,
): void {
  const sorted = [...items].sort(byStart);
  for (const [i, a] of sorted.entries()) {
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (b === undefined || b.start >= a.end + reach) break;
      visit(a, b);
    }
  }
}

/** The nights two spans share, or undefined when they do not overlap. */
export function overlap(a: Span, b: Span): Span | undefined {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end ? { start, end } : undefined;
}

/**
 * For "report once per pair" rules: keeps, per key, the finding with the smallest `first` night
 * (the first found on ties), and lists them in the order their keys were first seen.
 */
export class EarliestPerKey<T extends { first: number }> {
  private readonly found = new Map<string, T>();

  add(key: string, finding: T): void {
    const known = this.found.get(key);
    if (known === undefined || finding.first < known.first) this.found.set(key, finding);
  }

  values(): T[] {
    return [...this.found.values()];
  }
}

export function nightsText(n: number): string {
  return n === 1 ? '1 night' : `${n} nights`;
}

export function daysText(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}
