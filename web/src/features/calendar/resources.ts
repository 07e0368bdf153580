/** The calendar's bed rows come from lib/beds.ts, which print and series share. */
export { groupBeds, roomTitle, type BedRow } from '../../lib/beds.ts';

export interface UnitOption {
  /** "centre:C1" or "ward:C1-W2" or "all" */
  value: string;
  label: string;
}

export interface UnitTree {
  centres: { id: string; name: string; wards: { id: string; name: string }[] }[];
}

export interface Scope {
  role: 'admin' | 'planner' | 'wardLeader' | 'staff';
  centreIds: string[];
  wardIds: string[];
}

/**
 * What the selector offers: a planner every centre and ward and all beds; a ward leader the own centres
 * (with their wards) and own wards; staff their wards.
 */
export function unitOptions(tree: UnitTree, scope: Scope): UnitOption[] {
  const everything = scope.role === 'planner' || scope.role === 'admin';
  const options: UnitOption[] = [];
  for (const c of tree.centres) {
    const wholeCentre = everything || (scope.role === 'wardLeader' && scope.centreIds.includes(c.id));
    if (wholeCentre) options.push({ value: `centre:${c.id}`, label: c.name || c.id });
    for (const w of c.wards) {
      if (wholeCentre || scope.wardIds.includes(w.id))
        options.push({ value: `ward:${w.id}`, label: `${c.name || c.id} › ${w.name || w.id}` });
    }
  }
  if (everything) options.push({ value: 'all', label: 'Alle senger' });
  return options;
}

/** The selector's value as the calendar's query. */
export function scopeOfUnit(value: string): { centreId?: string; wardId?: string } {
  if (value.startsWith('centre:')) return { centreId: value.slice('centre:'.length) };
  if (value.startsWith('ward:')) return { wardId: value.slice('ward:'.length) };
  return {};
}
