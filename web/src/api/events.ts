import { eventsResult, type EventsBody, type EventsResult } from '../../../api/events.ts';
import type { Event } from '../../../solver/formats.ts';
import { apiRequest } from './client.ts';

export type { EventsResult as ReplanResult };

/** POST /api/plans/:planId/events: applies staff events and saves the repaired plan as a new draft. */
export async function postEvents(planId: number, today: string, events: Event[]): Promise<EventsResult> {
  const body: EventsBody = { today, events };
  const { data } = await apiRequest(`/api/plans/${planId}/events`, eventsResult, { method: 'POST', body });
  return data;
}
