import { useCallback, useEffect, useRef, useState } from 'react';
import type { Calendar, CalendarStay, WaitingEntry } from '../../api/calendar.ts';
import { ApiRequestError } from '../../api/client.ts';
import { postOverride, type OverrideBody, type OverrideResult } from '../../api/overrides.ts';
import { refusalMessage } from '../../lib/bokmal/errors.ts';
import type { Notify } from '../../lib/notice.ts';
import { refKey } from '../../lib/refs.ts';
import { describeChange, moveChange, placeChange, undoBody, type Change, type Target } from './change.ts';
import { emptyUndo, peekUndo, popUndo, pushUndo } from './undoStack.ts';

/** The plan version in view, as the calendar holds it. */
export interface PlanInView {
  planId: number | null;
  /** The centre or ward in view: a new one starts a new undo history. */
  unit: string;
  calendar: Calendar | null;
  reload: () => Promise<Calendar | null>;
  patchStay: (key: string, stay: CalendarStay, revision: number) => void;
  notify: Notify;
}

export interface Overrides {
  /** Sends one override; the result, or null after telling the planner why it was refused. */
  send: (body: OverrideBody) => Promise<OverrideResult | null>;
  /** Moves a stay (`dragged`: its bar is already there) and pins it; the saved stay, or null when refused. */
  move: (stay: CalendarStay, target: Target, dragged: boolean) => Promise<CalendarStay | null>;
  /** Places a waiting-list entry and pins it; the saved stay, or null when refused. */
  place: (entry: WaitingEntry, target: Target) => Promise<CalendarStay | null>;
  undoLast: () => Promise<void>;
  canUndo: boolean;
  /** The plan's revision as last loaded or answered: what the next change is sent against. */
  revision: { readonly current: number };
}

/** The planner's manual changes to the plan in view, and undoing them one at a time. */
export function useOverrides({ planId, unit, calendar, reload, patchStay, notify }: PlanInView): Overrides {
  const [undo, setUndo] = useState(emptyUndo<Change>());
  const revision = useRef(0);

  useEffect(() => {
    if (calendar) revision.current = calendar.revision;
  }, [calendar]);
  useEffect(() => {
    setUndo(emptyUndo());
  }, [planId, unit]);

  const send = useCallback(
    async (body: OverrideBody): Promise<OverrideResult | null> => {
      if (planId === null) return null;
      try {
        const result = await postOverride(planId, revision.current, body);
        revision.current = result.revision;
        return result;
      } catch (error) {
        notify(refusalMessage(error), true);
        if (error instanceof ApiRequestError && error.code === 'stale_revision') await reload();
        return null;
      }
    },
    [planId, reload, notify],
  );

  /**
   * Saves a change and remembers it for undo. After a drag the bar is already where it belongs, so only the data is patched (re-feeding a hundred
   * beds of bars costs seconds); otherwise the calendar is loaded again.
   */
  const apply = useCallback(
    async (change: Change, draggedKey: string | null): Promise<CalendarStay | null> => {
      const result = await send({ action: 'move', ref: change.ref, ...change.after, pin: true });
      if (!result) return null;
      setUndo((u) => pushUndo(u, change));
      notify(`Lagret: ${describeChange(change)}`);
      if (draggedKey !== null && result.stay) {
        patchStay(draggedKey, result.stay, result.revision);
        return result.stay;
      }
      const loaded = await reload();
      return loaded?.stays.find((s) => refKey(s.ref) === refKey(change.ref)) ?? result.stay ?? null;
    },
    [send, reload, patchStay, notify],
  );

  const move = useCallback(
    (stay: CalendarStay, target: Target, dragged: boolean) =>
      apply(moveChange(stay, target), dragged ? stay.key : null),
    [apply],
  );
  const place = useCallback(
    (entry: WaitingEntry, target: Target) => apply(placeChange(entry, target), null),
    [apply],
  );

  const undoLast = async () => {
    const last = peekUndo(undo);
    if (!last) return;
    if (await send(undoBody(last))) {
      setUndo(popUndo(undo));
      notify(`Angret: ${describeChange(last)}`);
      await reload();
    }
  };

  return { send, move, place, undoLast, canUndo: undo.items.length > 0, revision };
}
