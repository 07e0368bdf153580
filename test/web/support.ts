import type { Calendar, CalendarResource, CalendarStay, WaitingEntry } from '../../web/src/api/calendar.ts';

export function bed(id: string, over: Partial<CalendarResource> = {}): CalendarResource {
  const [centreId = 'C1', ward = 'W1', room = 'R1'] = id.split('-');
  return {
    id,
    centreId,
    centreName: `Senter ${centreId}`,
    wardId: `${centreId}-${ward}`,
    wardName: `Avdeling ${ward}`,
    roomId: `${centreId}-${ward}-${room}`,
    tags: ['korttid'],
    title: id,
    ...over,
  };
}

export function stay(
  key: string,
  bedId: string,
  start: string,
  end: string,
  over: Partial<CalendarStay> = {},
): CalendarStay {
  return {
    key,
    ref: { requestId: key },
    bedId,
    start,
    end,
    kind: 'korttid',
    label: key,
    pinned: false,
    fixed: false,
    ...over,
  };
}

export function waiting(label: string, over: Partial<WaitingEntry> = {}): WaitingEntry {
  return {
    ref: { requestId: label },
    kind: 'korttid',
    nights: 7,
    priority: 3,
    earliestStart: '2027-01-04',
    latestStart: '2027-01-04',
    fromHospital: false,
    waitingDays: 0,
    dailyCost: 0,
    requiredTags: ['korttid'],
    label,
    reason: '',
    ...over,
  };
}

export function calendar(over: Partial<Calendar> = {}): Calendar {
  return {
    planId: 1,
    instanceId: 'demo',
    revision: 1,
    status: 'draft',
    horizon: { start: '2027-01-04', end: '2027-02-01' },
    resources: [],
    stays: [],
    background: [],
    staffing: [],
    waiting: [],
    ...over,
  };
}
