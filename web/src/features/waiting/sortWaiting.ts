import type { WaitingEntry } from '../../api/calendar.ts';

/** Most urgent first: priority 1 before 5, then the longest wait, then hospital discharges, then by label. */
export function sortWaiting(entries: readonly WaitingEntry[]): WaitingEntry[] {
  return [...entries].sort(
    (a, b) =>
      a.priority - b.priority ||
      b.waitingDays - a.waitingDays ||
      Number(b.fromHospital) - Number(a.fromHospital) ||
      a.label.localeCompare(b.label, 'nb'),
  );
}

/** "5 981 kr/døgn" in Norwegian number format. */
export function formatCost(kroner: number): string {
  return `${new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(kroner)} kr/døgn`;
}
