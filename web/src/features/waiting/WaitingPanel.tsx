import { Draggable } from '@fullcalendar/interaction';
import { useEffect, useMemo, useRef } from 'react';
import type { WaitingEntry } from '../../api/calendar.ts';
import { kindName } from '../../lib/kinds.ts';
import { formatDay } from '../../lib/nights.ts';
import { reasonText } from '../../lib/bokmal/reasons.ts';
import { refKey } from '../../lib/refs.ts';
import { formatCost, sortWaiting } from './sortWaiting.ts';

export interface WaitingPanelProps {
  waiting: WaitingEntry[];
  draggable: boolean;
  /** Called with the entry's index in `waiting` when a drag starts, and null when it ends. */
  onDragging: (index: number | null) => void;
  onPlaceByKeyboard: (index: number) => void;
}

/** The unplaced requests, most urgent first; each can be dragged onto a bed in the calendar. */
export function WaitingPanel({ waiting, draggable, onDragging, onPlaceByKeyboard }: WaitingPanelProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const sorted = useMemo(() => {
    const index = new Map(waiting.map((w, i) => [w, i]));
    return sortWaiting(waiting).map((w) => ({ entry: w, index: index.get(w)! }));
  }, [waiting]);

  useEffect(() => {
    if (!draggable || !listRef.current) return;
    const draggableList = new Draggable(listRef.current, {
      itemSelector: '.waiting-item',
      eventData: (el) => ({
        title: el.dataset.label ?? '',
        duration: { days: Number(el.dataset.nights) },
        allDay: true,
        create: true,
        extendedProps: { waitingIndex: Number(el.dataset.index), nights: Number(el.dataset.nights) },
      }),
    });
    const end = () => onDragging(null);
    document.addEventListener('pointerup', end);
    return () => {
      draggableList.destroy();
      document.removeEventListener('pointerup', end);
    };
  }, [draggable, onDragging]);

  return (
    <section className="waiting no-print" aria-labelledby="waiting-title">
      <h2 id="waiting-title" tabIndex={-1}>
        Venteliste ({waiting.length})
      </h2>
      {waiting.length === 0 && <p>Ingen venter.</p>}
      <ol ref={listRef}>
        {sorted.map(({ entry, index }) => (
          <li
            key={refKey(entry.ref)}
            className={`waiting-item${entry.fromHospital ? ' from-hospital' : ''}`}
            data-index={index}
            data-nights={entry.nights}
            data-label={entry.label}
            data-ref={refKey(entry.ref)}
            onPointerDown={() => draggable && onDragging(index)}
          >
            <strong>{entry.label}</strong> · {kindName(entry.kind)} · {entry.nights} netter · prioritet{' '}
            {entry.priority}
            <br />
            venter {entry.waitingDays} dager · start fra {formatDay(entry.earliestStart)}
            {entry.latestStart ? ` til ${formatDay(entry.latestStart)}` : ''}
            {entry.fromHospital && (
              <span className="hospital-cost"> · utskrivningsklar, koster {formatCost(entry.dailyCost)}</span>
            )}
            {entry.reason && <span className="reason"> · {reasonText(entry.reason, entry.why)}</span>}
            {draggable && (
              <button type="button" className="link" onClick={() => onPlaceByKeyboard(index)}>
                Plasser …<span className="sr-only"> {entry.label}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
