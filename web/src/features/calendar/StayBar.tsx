import type { EventApi, EventContentArg } from '@fullcalendar/core';
import type { StayExtras } from './events.ts';

export const stayOf = (event: EventApi) => (event.extendedProps as StayExtras).stay;

/** A stay's bar: its label, with marks for pinned and from hospital. */
export function renderStay(arg: EventContentArg) {
  const stay = stayOf(arg.event);
  if (!stay) return <span>{arg.event.title}</span>;
  return (
    <span className="stay-content">
      {stay.pinned && (
        <span className="pin" aria-hidden="true">
          ⚲
        </span>
      )}
      {stay.hospital && (
        <span className="hospital" aria-hidden="true">
          ✚
        </span>
      )}
      {stay.label}
    </span>
  );
}
