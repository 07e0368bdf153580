import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../solver/checker/index.ts';
import { addDays } from '../../solver/dates.ts';
import {
  instance as instanceSchema,
  plan as planSchema,
  type Instance,
  type Plan,
} from '../../solver/formats.ts';
import { calendarView } from '../../api/calendar.ts';
import type { Calendar, CalendarStay, WaitingEntry } from '../../web/src/api/calendar.ts';
import { compatibleFreeBeds, firstFreeStart } from '../../web/src/features/waiting/compatibleBeds.ts';
import { describeStay } from '../../web/src/features/calendar/events.ts';
import { groupBeds, roomTitle } from '../../web/src/features/calendar/resources.ts';
import { refKey } from '../../web/src/lib/refs.ts';
import { reportLesser, scanWithAxe, seriousOrWorse } from './support/axe.ts';
import { chromiumAvailable, launchChromium, logIn, screenshot } from './support/browser.ts';
import { buildWebAppIfStale } from './support/build.ts';
import { chooseOptionByArrows, focused, setDateByArrows, tabUntil } from './support/keyboard.ts';
import { PASSWORD, saveFirstFitDraft, startE2eServer, type E2eServer } from './support/server.ts';

const run = chromiumAvailable();

/** FullCalendar's date header (aria-hidden, no controls) scrolls only in step with the lanes, which hold the bars. */
const dateHeaderScroller = '.fc-scrollgrid-section-header .fc-scroller:has(> .fc-timeline-header)';
const calendarScan = { exclude: [dateHeaderScroller] };

interface Target {
  bedId: string;
  start: string;
  end: string;
}

/** The plan with one request's stay at `target` (moved, or placed off the waiting list). */
function withRequestAt(plan: Plan, requestId: string, target: Target): Plan {
  return {
    ...plan,
    stays: [
      ...plan.stays.filter((s) => !('requestId' in s) || s.requestId !== requestId),
      { requestId, ...target },
    ],
    unplaced: plan.unplaced.filter((u) => !('requestId' in u) || u.requestId !== requestId),
  };
}

/** Whether the checker finds no more broken rules with the request at `target` than without. */
function keepsEveryRule(instance: Instance, plan: Plan, requestId: string, target: Target): boolean {
  const before = checkPlan(instance, plan).violations.length;
  return checkPlan(instance, withRequestAt(plan, requestId, target)).violations.length <= before;
}

describe.skipIf(!run)('the bed calendar by keyboard and screen reader', () => {
  let server: E2eServer;
  let browser: Browser;
  let planId: number;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await buildWebAppIfStale();
    server = await startE2eServer([{ username: 'planlegger', role: 'planner' }]);
    planId = await saveFirstFitDraft(server.db, 'demo', 'C1-W1');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'nb-NO' });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('pageerror', error));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const getJson = async (path: string): Promise<unknown> => {
    const response = await context.request.get(`${server.url}${path}`);
    expect(response.status()).toBe(200);
    return response.json();
  };
  const fetchCalendar = async (): Promise<Calendar> =>
    calendarView.parse(await getJson(`/api/plans/${planId}/calendar?wardId=C1-W1`));
  const fetchInstance = async (): Promise<Instance> =>
    instanceSchema.parse(await getJson('/api/instances/demo'));
  const fetchPlan = async (): Promise<Plan> =>
    planSchema.parse(((await getJson(`/api/plans/${planId}`)) as { plan: unknown }).plan);

  const showWard = async () => {
    await page.locator('select[name="unit"]').selectOption('ward:C1-W1');
    await page.locator('.fc-timeline-event').first().waitFor({ timeout: 30_000 });
  };

  describe('axe-core finds nothing serious or critical', () => {
    it('on the login page', async () => {
      await page.goto(server.url);
      await page.getByLabel('Brukernavn').waitFor();
      const findings = await scanWithAxe(page);
      reportLesser('login', findings);
      await screenshot(page, 'a11y-01-login');
      expect(seriousOrWorse(findings)).toEqual([]);
    });

    it('on the calendar page', async () => {
      await logIn(page, server.url, 'planlegger', PASSWORD);
      await showWard();
      expect(await page.locator(dateHeaderScroller).count()).toBe(1);
      const findings = await scanWithAxe(page, calendarScan);
      reportLesser('calendar', findings);
      await screenshot(page, 'a11y-02-calendar');
      expect(seriousOrWorse(findings)).toEqual([]);
    });

    it('in the waiting list panel', async () => {
      const findings = await scanWithAxe(page, { include: 'section.waiting' });
      reportLesser('waiting list', findings);
      expect(seriousOrWorse(findings)).toEqual([]);
    });

    it('in the dialog of a stay', async () => {
      await tabUntil(page, (f) => f.stayKey !== null);
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      const findings = await scanWithAxe(page, calendarScan);
      reportLesser('stay dialog', findings);
      await screenshot(page, 'a11y-03-stay-dialog');
      await page.keyboard.press('Escape');
      expect(seriousOrWorse(findings)).toEqual([]);
    });

    it('on the figures page', async () => {
      await page.getByRole('button', { name: 'Nøkkeltall' }).click();
      await page.getByRole('heading', { name: 'Nøkkeltall' }).waitFor();
      const findings = await scanWithAxe(page);
      reportLesser('figures', findings);
      await screenshot(page, 'a11y-04-figures');
      expect(seriousOrWorse(findings)).toEqual([]);
    });

    it('on the rotation series page', async () => {
      await page.getByRole('button', { name: 'Rulleringsserier' }).click();
      await page.getByRole('combobox', { name: 'Mønster' }).waitFor();
      const findings = await scanWithAxe(page);
      reportLesser('series', findings);
      await screenshot(page, 'a11y-05-series');
      expect(seriousOrWorse(findings)).toEqual([]);
    });

    it('in the print view', async () => {
      await page.getByRole('button', { name: 'Utskrift to uker' }).click();
      await page.getByRole('heading', { name: /to uker fra/ }).waitFor();
      const findings = await scanWithAxe(page);
      reportLesser('print view', findings);
      await screenshot(page, 'a11y-06-print-view');
      expect(seriousOrWorse(findings)).toEqual([]);
      await page.getByRole('button', { name: 'Sengekalender' }).click();
      await page.locator('.fc-timeline-event').first().waitFor({ timeout: 30_000 });
    });
  });

  describe('a planner using the keyboard alone', () => {
    it('keeps the focus inside a stay dialog, closes it with Escape and is back on the stay', async () => {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Logg ut' }).waitFor({ timeout: 60_000 });
      await showWard();
      const bar = await tabUntil(page, (f) => f.stayKey !== null);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('stay-dialog-title');
      // The dialog keeps the focus: back from its heading is its last button.
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page)).text).toBe('Lukk');
      await page.keyboard.press('Tab');
      expect((await focused(page)).tag).toBe('select');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect((await focused(page)).stayKey).toBe(bar.stayKey);
    });

    it('hears each stay with its bed, and goes from stay to stay with the arrow keys', async () => {
      const calendar = await fetchCalendar();
      const bedOrder = groupBeds(calendar.resources).map((b) => b.id);
      const inBed = (bedId: string) =>
        calendar.stays.filter((s) => s.bedId === bedId).sort((a, b) => a.start.localeCompare(b.start));
      const nextInBed = (key: string | null) => {
        const stay = calendar.stays.find((s) => s.key === key);
        if (!stay) return undefined;
        const row = inBed(stay.bedId);
        return row[row.indexOf(stay) + 1];
      };
      const reached = await tabUntil(page, (f) => nextInBed(f.stayKey) !== undefined);
      const stay = calendar.stays.find((s) => s.key === reached.stayKey)!;
      const bed = calendar.resources.find((r) => r.id === stay.bedId)!;
      // What a screen reader says of the bar: who, what, which nights, and which bed.
      expect(reached.text).toBe(`${describeStay(stay)}, ${roomTitle(bed.roomId)} ${bed.title}`);
      await page.keyboard.press('ArrowRight');
      expect((await focused(page)).stayKey).toBe(nextInBed(stay.key)!.key);
      await page.keyboard.press('ArrowLeft');
      expect((await focused(page)).stayKey).toBe(stay.key);
      await page.keyboard.press('ArrowDown');
      const below = bedOrder.slice(bedOrder.indexOf(stay.bedId) + 1).find((bed) => inBed(bed).length > 0);
      const downKey = (await focused(page)).stayKey;
      const down = calendar.stays.find((s) => s.key === downKey);
      expect(down?.bedId).toBe(below);
    });

    it('moves a stay to another free bed and date, and the server has it there', async () => {
      const [calendar, instance, plan] = await Promise.all([fetchCalendar(), fetchInstance(), fetchPlan()]);
      const requests = new Map(instance.requests.map((r) => [r.id, r]));
      const segments = new Map<string, number>();
      for (const s of calendar.stays) segments.set(refKey(s.ref), (segments.get(refKey(s.ref)) ?? 0) + 1);
      /** A free bed and another first night in the request's window where every rule still holds. */
      const targetFor = (stay: CalendarStay): Target | null => {
        if (!('requestId' in stay.ref) || stay.pinned || stay.fixed || segments.get(refKey(stay.ref)) !== 1)
          return null;
        const request = requests.get(stay.ref.requestId);
        if (!request) return null;
        const nights = request.nights;
        const windows = [
          { earliestStart: request.earliestStart, latestStart: addDays(stay.start, -1) },
          { earliestStart: addDays(stay.start, 1), latestStart: request.latestStart },
        ].filter((w) => w.earliestStart <= w.latestStart);
        for (const bed of calendar.resources) {
          if (bed.id === stay.bedId) continue;
          for (const window of windows) {
            const placeable = { nights, requiredTags: request.requiredTags, ...window };
            const start = firstFreeStart(calendar, bed.id, placeable, stay.key);
            const target = start && { bedId: bed.id, start, end: addDays(start, nights) };
            if (target && keepsEveryRule(instance, plan, request.id, target)) return target;
          }
        }
        return null;
      };
      const byKey = new Map(calendar.stays.map((s) => [s.key, s]));
      let target: Target | null = null;
      const reached = await tabUntil(page, (f) => {
        const stay = f.stayKey ? byKey.get(f.stayKey) : undefined;
        target = stay ? targetFor(stay) : null;
        return target !== null;
      });
      const stay = byKey.get(reached.stayKey!)!;
      const to = target as Target | null;
      if (!to) throw new Error('no stay to move');

      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await tabUntil(page, (f) => f.tag === 'select', 5);
      await chooseOptionByArrows(page, to.bedId);
      await page.keyboard.press('Tab');
      await setDateByArrows(page, to.start);
      await screenshot(page, 'a11y-07-keyboard-move-form');
      await page.keyboard.press('Enter');

      const saved = page.getByRole('status').filter({ hasText: `Lagret: ${stay.label}` });
      await saved.waitFor({ timeout: 15_000 });
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await screenshot(page, 'a11y-08-keyboard-moved');
      const after = await fetchCalendar();
      expect(after.stays.find((s) => refKey(s.ref) === refKey(stay.ref))).toMatchObject({
        ...to,
        pinned: true,
      });
      expect(after.revision).toBe(calendar.revision + 1);
      // Focus goes back to the stay, now in its new bed.
      expect((await focused(page)).stayKey).toBe(stay.key);
    });

    it('places a waiting request on a free bed, and the server has it there', async () => {
      const [calendar, instance, plan] = await Promise.all([fetchCalendar(), fetchInstance(), fetchPlan()]);
      /** The first free bed and night in the request's window where every rule holds. */
      const targetFor = (entry: WaitingEntry): Target | null => {
        if (!('requestId' in entry.ref)) return null;
        for (const bedId of compatibleFreeBeds(calendar, entry)) {
          const start = firstFreeStart(calendar, bedId, entry);
          const target = start && { bedId, start, end: addDays(start, entry.nights) };
          if (target && keepsEveryRule(instance, plan, entry.ref.requestId, target)) return target;
        }
        return null;
      };
      const byRef = new Map(calendar.waiting.map((w) => [refKey(w.ref), w]));
      // Past the bars in one step: the toolbar's first control leads to the waiting list.
      await tabUntil(page, (f) => f.text === 'Til ventelisten');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('waiting-title');
      let target: Target | null = null;
      const reached = await tabUntil(page, (f) => {
        const entry = f.waitingRef && f.tag === 'button' ? byRef.get(f.waitingRef) : undefined;
        target = entry ? targetFor(entry) : null;
        return target !== null;
      });
      const entry = byRef.get(reached.waitingRef!)!;
      const to = target as Target | null;
      if (!to) throw new Error('no request to place');
      expect(reached.text).toBe(`Plasser … ${entry.label}`);

      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: `Plasser ${entry.label}` }).waitFor();
      await tabUntil(page, (f) => f.tag === 'select', 5);
      await chooseOptionByArrows(page, to.bedId);
      await page.keyboard.press('Tab');
      await setDateByArrows(page, to.start);
      await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Plasser', 5);
      await page.keyboard.press('Enter');

      await page
        .getByRole('status')
        .filter({ hasText: `Lagret: ${entry.label}` })
        .waitFor({ timeout: 15_000 });
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await screenshot(page, 'a11y-09-keyboard-placed');
      const after = await fetchCalendar();
      expect(after.waiting.some((w) => refKey(w.ref) === refKey(entry.ref))).toBe(false);
      expect(after.stays.find((s) => refKey(s.ref) === refKey(entry.ref))).toMatchObject({
        ...to,
        pinned: true,
      });
      // Focus goes to the placed stay's bar.
      const bar = after.stays.find((s) => refKey(s.ref) === refKey(entry.ref))!;
      expect((await focused(page)).stayKey).toBe(bar.key);
    });

    it('hears a refused move announced as an alert and stays in the dialog', async () => {
      const calendar = await fetchCalendar();
      /** Another bed, taken on the stay's first night. */
      const takenBed = (stay: CalendarStay | undefined) =>
        stay && !stay.fixed
          ? calendar.stays.find((o) => o.bedId !== stay.bedId && o.start <= stay.start && stay.start < o.end)
              ?.bedId
          : undefined;
      const byKey = new Map(calendar.stays.map((s) => [s.key, s]));
      const reached = await tabUntil(page, (f) => takenBed(byKey.get(f.stayKey ?? '')) !== undefined);
      const stay = byKey.get(reached.stayKey!)!;
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await tabUntil(page, (f) => f.tag === 'select', 5);
      await chooseOptionByArrows(page, takenBed(stay)!);
      // Enter on a <select> does not send the form; on the date field after it, it does.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.textContent()).toMatch(/^Ikke lagret: /);
      await screenshot(page, 'a11y-10-keyboard-refused');
      expect(await page.getByRole('dialog').count()).toBe(1);
      const after = await fetchCalendar();
      expect(after.stays.find((s) => s.key === stay.key)).toMatchObject({
        bedId: stay.bedId,
        start: stay.start,
      });
      expect(after.revision).toBe(calendar.revision);
      await page.keyboard.press('Escape');
    });
  });
});
