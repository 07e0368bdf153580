// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { exposeStayLanes } from '../../web/src/features/calendar/exposeStayLanes.ts';
import { returnFocus } from '../../web/src/features/calendar/focusReturn.ts';

afterEach(() => document.body.replaceChildren());

/** The part of FullCalendar's timeline that holds the bars, as it draws it. */
const lanesHtml = `
  <div class="fc-timeline-body">
    <div class="fc-timeline-slots"><table aria-hidden="true"></table></div>
    <table aria-hidden="true" class="fc-scrollgrid-sync-table">
      <tbody><tr><td class="fc-timeline-lane" data-resource-id="B1">
        <a class="fc-timeline-event" tabindex="0" role="button" data-stay-key="request:R1:0">P1</a>
      </td></tr></tbody>
    </table>
  </div>`;

const nextFrames = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('the stay lanes for screen readers', () => {
  it('shows the lanes as grid rows with a cell each, and keeps the date slots hidden', () => {
    const root = document.createElement('div');
    root.innerHTML = lanesHtml;
    const stop = exposeStayLanes(root);
    const lanes = root.querySelector('.fc-scrollgrid-sync-table')!;
    expect([lanes.getAttribute('aria-hidden'), lanes.getAttribute('role')]).toEqual([null, 'presentation']);
    expect(lanes.querySelector('tr')!.getAttribute('role')).toBe('row');
    expect(lanes.querySelector('td')!.getAttribute('role')).toBe('gridcell');
    expect(root.querySelector('.fc-timeline-slots table')!.getAttribute('aria-hidden')).toBe('true');
    stop();
  });

  it('shows the lanes again when the calendar draws them anew', async () => {
    const root = document.createElement('div');
    const stop = exposeStayLanes(root);
    root.innerHTML = lanesHtml;
    await Promise.resolve();
    expect(root.querySelector('.fc-scrollgrid-sync-table')!.hasAttribute('aria-hidden')).toBe(false);
    stop();
  });
});

describe('the focus after a dialog closes', () => {
  it('goes to the bar of the stay once it is drawn', async () => {
    returnFocus({ stayKey: 'request:R1:0', fallbackId: 'waiting-title' });
    document.body.innerHTML = lanesHtml;
    await nextFrames();
    expect((document.activeElement as HTMLElement).dataset.stayKey).toBe('request:R1:0');
  });

  it('goes back to the button that opened the dialog when there is no stay', async () => {
    document.body.innerHTML =
      '<h2 id="waiting-title" tabindex="-1">Venteliste</h2><button>Plasser …</button>';
    const button = document.querySelector('button')!;
    returnFocus({ element: button, fallbackId: 'waiting-title' });
    await nextFrames();
    expect(document.activeElement).toBe(button);
  });

  it('goes to the fallback when the opener is gone', async () => {
    document.body.innerHTML = '<h2 id="waiting-title" tabindex="-1">Venteliste</h2>';
    returnFocus({ element: document.createElement('button'), fallbackId: 'waiting-title' });
    await nextFrames();
    expect(document.activeElement?.id).toBe('waiting-title');
  });
});
