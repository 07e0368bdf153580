/**
 * People: one per request, series or stay under way, a few of them couples. Drafts get their ids (P1, ...)
 * only at the end, in the order they first appear in the instance, so that ids read in order.
 */
import type { Person } from '../formats.ts';
import type { Random } from '../random.ts';
import { FEMALE_SHARE, MIN_PARTNER_PAIRS, PARTNER_PAIRS_PER_BED } from './calibration.ts';

export interface PersonDraft {
  sex: 'F' | 'M';
  partner: PersonDraft | null;
  id: string;
}

export function newPerson(random: Random, sex?: 'F' | 'M'): PersonDraft {
  return { sex: sex ?? (random.chance(FEMALE_SHARE) ? 'F' : 'M'), partner: null, id: '' };
}

/** A couple (a woman and a man) who may share a double room. */
export function newCouple(): [PersonDraft, PersonDraft] {
  const she: PersonDraft = { sex: 'F', partner: null, id: '' };
  const he: PersonDraft = { sex: 'M', partner: she, id: '' };
  she.partner = he;
  return [she, he];
}

export function partnerPairCount(beds: number): number {
  return Math.max(MIN_PARTNER_PAIRS, Math.round(beds * PARTNER_PAIRS_PER_BED));
}

/** Numbers the drafts P1, P2, ... in the order given (first appearance wins) and lists them. */
export function numberPeople(inOrder: readonly PersonDraft[]): Person[] {
  const people: PersonDraft[] = [];
  for (const draft of inOrder) {
    if (draft.id !== '') continue;
    draft.id = `P${people.length + 1}`;
    people.push(draft);
  }
  return people.map((p) => {
    if (p.partner && p.partner.id === '') throw new Error(`partner of ${p.id} appears nowhere`);
    return { id: p.id, sex: p.sex, partnerId: p.partner ? p.partner.id : null };
  });
}
