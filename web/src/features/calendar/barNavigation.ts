/** The keys that move the focus from one stay's bar to another. */
export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export const isArrowKey = (key: string): key is ArrowKey =>
  key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown';

const bedOf = (bar: Element) => bar.closest<HTMLElement>('[data-resource-id]')?.dataset.resourceId ?? '';

/**
 * The bar the arrow key leads to from `bar`, or null: left and right go to the previous and next stay in the
 * same bed, up and down to the stay nearest in time in the closest bed above or below that has one.
 */
export function neighbourBar(root: ParentNode, bar: HTMLElement, key: ArrowKey): HTMLElement | null {
  const bars = [...root.querySelectorAll<HTMLElement>('[data-stay-key]')];
  const beds: string[] = [];
  const byBed = new Map<string, HTMLElement[]>();
  for (const b of bars) {
    const bed = bedOf(b);
    if (!byBed.has(bed)) {
      byBed.set(bed, []);
      beds.push(bed);
    }
    byBed.get(bed)!.push(b);
  }
  const left = (b: HTMLElement) => b.getBoundingClientRect().left;
  const bed = bedOf(bar);
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const row = [...(byBed.get(bed) ?? [])].sort((a, b) => left(a) - left(b));
    const at = row.indexOf(bar);
    return row[at + (key === 'ArrowRight' ? 1 : -1)] ?? null;
  }
  const step = key === 'ArrowDown' ? 1 : -1;
  const x = left(bar);
  for (let i = beds.indexOf(bed) + step; i >= 0 && i < beds.length; i += step) {
    const row = byBed.get(beds[i]!) ?? [];
    if (row.length === 0) continue;
    return row.reduce((best, b) => (Math.abs(left(b) - x) < Math.abs(left(best) - x) ? b : best));
  }
  return null;
}
