import { useMemo, useState } from 'react';
import type { Calendar } from '../../api/calendar.ts';
import { compatibleFreeBeds, highlightCss } from './compatibleBeds.ts';

/** The waiting-list entry being dragged, and CSS that tints the beds it fits while it is. */
export function useWaitingDrag(calendar: Calendar | null) {
  const [dragIndex, setDragIndex] = useState<number | null>(null);
  const css = useMemo(() => {
    const entry = dragIndex !== null ? calendar?.waiting[dragIndex] : undefined;
    return entry && calendar ? highlightCss(compatibleFreeBeds(calendar, entry)) : '';
  }, [dragIndex, calendar]);
  return { css, setDragging: setDragIndex };
}
