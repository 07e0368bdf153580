import type { EventApi, EventClickArg, EventMountArg } from '@fullcalendar/core';
import nbLocale from '@fullcalendar/core/locales/nb';
import interactionPlugin, { type EventReceiveArg, type EventResizeDoneArg } from '@fullcalendar/interaction';
import type { EventDropArg } from '@fullcalendar/core';
import FullCalendar from '@fullcalendar/react';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { Calendar, CalendarStay } from '../../api/calendar.ts';
import type { HolidayNames } from '../../lib/holidays.ts';
import { addDays, daysBetween, isoFromUtcDate } from '../../lib/isoDates.ts';
import { useHolidays } from '../../lib/useHolidays.ts';
import { describeStay, stayClasses, toCalendarEvents, type StayExtras } from './events.ts';
import { isArrowKey, neighbourBar } from './barNavigation.ts';
import { exposeStayLanes } from './exposeStayLanes.ts';
import { holidayMarks } from './holidayMarks.ts';
import './timeline.css';
import { groupBeds } from './resources.ts';
import { renderStay, stayOf } from './StayBar.tsx';
import { useFirstRender, type RenderTimes } from './useFirstRender.ts';
import { zoomViews, type Zoom } from './zoom.ts';

export interface Target {
  bedId: string;
  start: string;
  end: string;
}

export interface BedCalendarProps {
  calendar: Calendar;
  zoom: Zoom;
  editable: boolean;
  highlighted: ReadonlySet<string>;
  /** Resolves to the saved stay when the server accepted the change; null snaps the bar back. */
  onMove: (stay: CalendarStay, target: Target) => Promise<CalendarStay | null>;
  /** Counts full loads of the calendar: the bars are fed anew only then (a drag already moved its bar). */
  version: number;
  /** A waiting-list entry dropped on a bed (its index in calendar.waiting). */
  onPlace: (waitingIndex: number, target: Target) => Promise<boolean>;
  onOpenStay: (stay: CalendarStay) => void;
  onFirstRender?: (times: RenderTimes) => void;
}

const plugins = [resourceTimelinePlugin, interactionPlugin];
const oneDay = { days: 1 };

function targetOf(event: EventApi, bedId: string, fallbackNights: number): Target {
  const start = isoFromUtcDate(event.start!);
  const end = event.end ? isoFromUtcDate(event.end) : addDays(start, fallbackNights);
  return { bedId, start, end };
}

/** The resource timeline: beds as rows grouped centre › ward, stays as bars over the nights they cover. */
function BedTimeline(props: BedCalendarProps & { holidays: HolidayNames }) {
  const { calendar, zoom, editable, highlighted, holidays } = props;
  const ref = useRef<FullCalendar>(null);
  const root = useRef<HTMLDivElement>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const rows = useMemo(() => groupBeds(calendar.resources), [calendar.resources]);
  const latest = useRef(calendar);
  latest.current = calendar;
  // Not on every change of the data: feeding FullCalendar new bars re-measures every row.
  const events = useMemo(() => toCalendarEvents(latest.current, highlighted), [props.version, highlighted]);
  const marks = useMemo(() => holidayMarks(holidays), [holidays]);
  useFirstRender((times) => handlers.current.onFirstRender?.(times));

  useEffect(() => {
    ref.current?.getApi().changeView(zoom);
  }, [zoom]);

  useEffect(() => (root.current ? exposeStayLanes(root.current) : undefined), []);

  const callbacks = useMemo(() => {
    const settle = (info: EventDropArg | EventResizeDoneArg, saved: CalendarStay | null) => {
      if (!saved) return info.revert();
      // The bar is where it was dropped; its data and marks follow the saved stay.
      info.event.setExtendedProp('stay', saved);
      info.event.setExtendedProp('description', describeStay(saved));
      info.event.setProp('classNames', stayClasses(saved, false));
    };
    const onDrop = (info: EventDropArg) => {
      const stay = stayOf(info.event);
      const bedId = info.newResource?.id ?? stay.bedId;
      void handlers.current
        .onMove(stay, targetOf(info.event, bedId, daysBetween(stay.start, stay.end)))
        .then((saved) => settle(info, saved));
    };
    const onResize = (info: EventResizeDoneArg) => {
      const stay = stayOf(info.event);
      void handlers.current
        .onMove(stay, targetOf(info.event, stay.bedId, daysBetween(stay.start, stay.end)))
        .then((saved) => settle(info, saved));
    };
    const onReceive = (info: EventReceiveArg) => {
      const index = Number(info.event.extendedProps.waitingIndex);
      const nights = Number(info.event.extendedProps.nights);
      const bedId = info.event.getResources()[0]?.id;
      const target = bedId ? targetOf(info.event, bedId, nights) : null;
      // The placeholder goes; the saved stay comes back with the reloaded calendar.
      info.event.remove();
      if (target) void handlers.current.onPlace(index, { ...target, end: addDays(target.start, nights) });
    };
    const onMount = (arg: EventMountArg) => {
      const extras = arg.event.extendedProps as Partial<StayExtras>;
      if (!extras.stay) return;
      arg.el.setAttribute('tabindex', '0');
      arg.el.setAttribute('role', 'button');
      const bed = arg.event.getResources()[0];
      const place = bed ? `, ${String(bed.extendedProps.room ?? '')} ${bed.title}` : '';
      arg.el.setAttribute('aria-label', `${extras.description ?? arg.event.title}${place}`);
      arg.el.setAttribute('title', extras.description ?? arg.event.title);
      arg.el.dataset.stayKey = extras.stay.key;
      arg.el.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          handlers.current.onOpenStay(extras.stay!);
        } else if (isArrowKey(e.key) && root.current) {
          const next = neighbourBar(root.current, arg.el, e.key);
          e.preventDefault();
          next?.focus();
        }
      });
    };
    const onClick = (info: EventClickArg) => {
      const stay = stayOf(info.event);
      if (stay) handlers.current.onOpenStay(stay);
    };
    return { onDrop, onResize, onReceive, onMount, onClick };
  }, []);

  return (
    <div ref={root} className={`zoom-${zoom}`}>
      <FullCalendar
        ref={ref}
        plugins={plugins}
        schedulerLicenseKey="GPL-My-Project-Is-Open-Source"
        locale={nbLocale}
        timeZone="UTC"
        initialView={zoom}
        views={zoomViews}
        visibleRange={calendar.horizon}
        validRange={calendar.horizon}
        headerToolbar={false}
        height="calc(100vh - 140px)"
        stickyHeaderDates
        resourceAreaWidth="180px"
        resourceAreaHeaderContent="Senger"
        resourceGroupField="group"
        resourceOrder="order"
        resources={rows}
        events={events}
        editable={editable}
        eventResourceEditable={editable}
        eventStartEditable={editable}
        eventDurationEditable={editable}
        droppable={editable}
        snapDuration={oneDay}
        eventOverlap
        eventMinWidth={1}
        {...marks}
        eventContent={renderStay}
        eventDidMount={callbacks.onMount}
        eventDrop={callbacks.onDrop}
        eventResize={callbacks.onResize}
        eventReceive={callbacks.onReceive}
        eventClick={callbacks.onClick}
      />
    </div>
  );
}

/** The timeline once the holidays of its horizon are known, so its header is drawn once, with them. */
function BedCalendarView(props: BedCalendarProps) {
  const { start, end } = props.calendar.horizon;
  const holidays = useHolidays(start, end);
  if (!holidays) return <p role="status">Laster kalenderen …</p>;
  return <BedTimeline {...props} holidays={holidays} />;
}

/** Re-renders only for what FullCalendar shows; the callbacks are read through a ref. */
export const BedCalendar = memo(
  BedCalendarView,
  (a, b) =>
    a.version === b.version &&
    a.calendar.resources === b.calendar.resources &&
    a.zoom === b.zoom &&
    a.editable === b.editable &&
    a.highlighted === b.highlighted,
);
