/**
 * A checker violation as a planner reads it: one sentence in bokmål that names the rule's subject and the
 * other stay involved, and that stay as a reference the calendar can highlight.
 */
import type { Violation } from '../../solver/checker/index.ts';
import type { Instance, Plan } from '../../solver/formats.ts';
import type { RuleBroken } from '../../api/overrides.ts';
import type { StayRef } from '../../api/refs.ts';
import { entryKey, keyOf, labelOf, refOf } from './refs.ts';

/** The details of a 409 rule_broken. */
export type Refusal = RuleBroken;

/** 2027-01-12 → 12.01.2027 */
export const norwegianDate = (iso: string): string => iso.split('-').reverse().join('.');

const days = (n: number) => (n === 1 ? '1 dag' : `${n} dager`);

/** The stay a violation's label names: a request, an occurrence `S1#2` or a fixed stay. */
function refOfLabel(instance: Instance, label: string): StayRef | undefined {
  if (instance.requests.some((r) => r.id === label)) return { requestId: label };
  if (instance.fixed.some((f) => f.id === label)) return { fixedStayId: label };
  const hash = label.lastIndexOf('#');
  const seriesId = label.slice(0, hash);
  const occurrence = Number(label.slice(hash + 1));
  if (hash > 0 && Number.isInteger(occurrence) && instance.series.some((s) => s.id === seriesId))
    return { seriesId, occurrence };
  return undefined;
}

interface State {
  instance: Instance;
  plan: Plan;
}

/** Where and when the stay `ref` is: "i seng X fra 12.01.2027 til 26.01.2027" (first segment). */
function whereOf({ instance, plan }: State, ref: StayRef): string {
  const span =
    'fixedStayId' in ref
      ? instance.fixed.find((f) => f.id === ref.fixedStayId)
      : plan.stays.find((s) => entryKey(s) === keyOf(ref));
  if (!span) return '';
  return ` i seng ${span.bedId} fra ${norwegianDate(span.start)} til ${norwegianDate(span.end)}`;
}

const nameOf = (ref: StayRef): string => ('fixedStayId' in ref ? ref.fixedStayId : labelOf(ref));

function missingTags(state: State, ref: StayRef | undefined, bedId: string): string[] {
  if (!ref || 'fixedStayId' in ref) return [];
  const required =
    'requestId' in ref
      ? state.instance.requests.find((r) => r.id === ref.requestId)?.requiredTags
      : state.instance.series.find((s) => s.id === ref.seriesId)?.requiredTags;
  for (const centre of state.instance.centres)
    for (const ward of centre.wards)
      for (const room of ward.rooms)
        for (const bed of room.beds)
          if (bed.id === bedId) {
            const has = new Set([...ward.tags, ...bed.tags]);
            return (required ?? []).filter((t) => !has.has(t));
          }
  return [];
}

/** The closure or out-of-service period of `bedId` that the stays of `label` run into. */
function blockedText(state: State, label: string, bedId: string): string {
  const stays = state.plan.stays.filter((s) => labelOf(refOf(s)) === label && s.bedId === bedId);
  const hits = (p: { start: string; end: string }) => stays.some((s) => s.start < p.end && p.start < s.end);
  for (const centre of state.instance.centres)
    for (const ward of centre.wards)
      for (const room of ward.rooms)
        for (const bed of room.beds) {
          if (bed.id !== bedId) continue;
          const closure = ward.closures.find(hits);
          if (closure)
            return `${ward.name || ward.id} er stengt fra ${norwegianDate(closure.start)} til ${norwegianDate(closure.end)}`;
          const out = bed.outOfService.find(hits);
          if (out)
            return `sengen er ute av drift fra ${norwegianDate(out.start)} til ${norwegianDate(out.end)}`;
        }
  return 'avdelingen er stengt eller sengen er ute av drift';
}

/** "Korttid 1 er bemannet for 2 senger fra 01.02.2027 til 01.03.2027, og alle er i bruk noen av nettene." */
function staffingText(state: State, wardId: string, label: string): string {
  const stays = state.plan.stays.filter((s) => labelOf(refOf(s)) === label);
  const hits = (p: { start: string; end: string }) => stays.some((s) => s.start < p.end && p.start < s.end);
  for (const centre of state.instance.centres)
    for (const ward of centre.wards) {
      if (ward.id !== wardId) continue;
      const period = ward.capacity?.find(hits);
      if (period)
        return (
          `${ward.name || ward.id} er bemannet for ${period.beds === 1 ? '1 seng' : `${period.beds} senger`} ` +
          `fra ${norwegianDate(period.start)} til ${norwegianDate(period.end)}, og alle er i bruk noen av nettene.`
        );
    }
  return `Avdeling ${wardId} er ikke bemannet for flere senger noen av nettene.`;
}

function describePin(state: State, ref: StayRef | undefined): string {
  if (!ref || 'fixedStayId' in ref) return '';
  const pin =
    'requestId' in ref
      ? state.instance.requests.find((r) => r.id === ref.requestId)?.pin
      : state.instance.series
          .find((s) => s.id === ref.seriesId)
          ?.pins.find((p) => p.occurrence === ref.occurrence);
  const parts = [];
  if (pin?.bedId !== undefined) parts.push(`seng ${pin.bedId}`);
  if (pin?.start !== undefined) parts.push(`start ${norwegianDate(pin.start)}`);
  return parts.length > 0 ? ` til ${parts.join(' og ')}` : '';
}

/** The first stay among `labels` that is not the one overridden. */
function otherOf(state: State, own: string, labels: (string | undefined)[]): StayRef | undefined {
  for (const label of labels) {
    if (label === undefined || label === own) continue;
    const ref = refOfLabel(state.instance, label);
    if (ref) return ref;
  }
  return undefined;
}

/**
 * Explains `violation` of the state after an override of the stay labelled `own`. Pair rules name the other
 * stay in `other`; rules about one stay name a stay only when it is not the overridden one (another
 * occurrence of its series, say).
 */
export function refusalOf(violation: Violation, own: string, state: State): Refusal {
  const { rule, refs } = violation;
  const [first = own, second, third] = refs;
  const pair = ['bedConflict', 'turnover', 'personOverlap', 'roomSex'].includes(rule);
  const other = otherOf(
    state,
    own,
    rule === 'capacity' ? refs.slice(0, -1) : pair ? [first, second] : [first],
  );
  const otherText = other ? `${nameOf(other)}${whereOf(state, other)}` : 'et annet opphold';
  const subject = pair ? own : first;
  const subjectRef = refOfLabel(state.instance, subject);
  const message = ((): string => {
    switch (rule) {
      case 'bedConflict':
        return `Seng ${third} er opptatt: ${otherText}.`;
      case 'turnover':
        return (
          `Seng ${third} må stå tom ${days(state.instance.turnoverDays)} mellom to opphold (romvask), ` +
          `og ${otherText} ligger for tett inntil.`
        );
      case 'tags': {
        const missing = missingTags(state, subjectRef, second ?? '');
        return `Seng ${second} mangler ${missing.join(', ') || 'egenskaper'} som ${subject} krever.`;
      }
      case 'closure':
        return `${subject} kan ikke ligge i seng ${second} da: ${blockedText(state, subject, second ?? '')}.`;
      case 'capacity':
        return `${staffingText(state, refs[refs.length - 1] ?? '', own)} I bruk blant annet av ${otherText}.`;
      case 'roomSex':
        return `${own} kan ikke dele rom med ${otherText}: de er av ulikt kjønn og ikke partnere.`;
      case 'personOverlap':
        return `${third} kan ikke ligge to steder samtidig: ${otherText}.`;
      case 'window': {
        const request = state.instance.requests.find((r) => r.id === subject);
        const stay = state.plan.stays.find((s) => 'requestId' in s && s.requestId === subject);
        if (request && stay && (stay.start < request.earliestStart || stay.start > request.latestStart))
          return (
            `${subject} må starte mellom ${norwegianDate(request.earliestStart)} og ` +
            `${norwegianDate(request.latestStart)}.`
          );
        return `${subject} må være ett opphold på ${request?.nights ?? '?'} netter.`;
      }
      case 'pattern': {
        const series = subjectRef && 'seriesId' in subjectRef ? subjectRef.seriesId : subject;
        const flex = state.instance.series.find((s) => s.id === series)?.flexDays ?? 0;
        return (
          `${subject} følger ikke rulleringsmønsteret til serie ${series}: hvert opphold må starte på ` +
          `mønsterdatoen (± ${days(flex)}) og vare så mange netter som fasen sier.`
        );
      }
      case 'segments':
        return `${subject} må være ett sammenhengende opphold.`;
      case 'reference':
        return second !== undefined ? `Seng ${second} finnes ikke.` : `${subject} finnes ikke i instansen.`;
      case 'coverage':
        return `${subject} må stå enten i planen eller på ventelisten, nøyaktig én gang.`;
      case 'pin':
        return state.plan.stays.some((s) => labelOf(refOf(s)) === subject)
          ? `${subject} er låst${describePin(state, subjectRef)} og kan ikke flyttes dit.`
          : `${subject} kan ikke låses fordi det ikke er plassert.`;
      default:
        return violation.message;
    }
  })();
  return { rule, message, ...(other ? { other } : {}) };
}
