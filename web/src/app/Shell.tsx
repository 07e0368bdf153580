import { useState } from 'react';
import type { SessionUser } from '../api/session.ts';
import { CalendarPage } from './calendar/CalendarPage.tsx';
import { CalendarErrorBoundary } from '../features/calendar/CalendarErrorBoundary.tsx';
import { scopeOfUnit } from '../features/calendar/resources.ts';
import { useCalendar } from '../features/calendar/useCalendar.ts';
import { FiguresPage } from '../features/figures/FiguresPage.tsx';
import { PrintView } from '../features/print/PrintView.tsx';
import { SeriesPage } from '../features/series/SeriesPage.tsx';
import { WhatIfPage } from '../features/whatif/WhatIfPage.tsx';
import { planLabel } from './choosePlan.ts';
import { useWorkspace } from './useWorkspace.ts';

type Tab = 'kalender' | 'nokkeltall' | 'serier' | 'hvaom' | 'utskrift';

const roleNames: Record<SessionUser['role'], string> = {
  admin: 'administrator',
  planner: 'planlegger',
  wardLeader: 'avdelingsleder',
  staff: 'ansatt',
};

/** The app around the calendar: who is logged in, which plan and unit, and the views. */
export function Shell({ user, onLogOut }: { user: SessionUser; onLogOut: () => void }) {
  const ws = useWorkspace(user);
  const [tab, setTab] = useState<Tab>('kalender');
  const scope = scopeOfUnit(ws.unit);
  const state = useCalendar(ws.unit ? ws.planId : null, scope);
  const isPlanner = user.role === 'planner' || user.role === 'admin';
  const tabs: [Tab, string][] = [
    ['kalender', 'Sengekalender'],
    ['nokkeltall', 'Nøkkeltall'],
    ...(isPlanner ? ([['serier', 'Rulleringsserier']] as [Tab, string][]) : []),
    ...(isPlanner ? ([['hvaom', 'Hva om']] as [Tab, string][]) : []),
    ['utskrift', 'Utskrift to uker'],
  ];

  return (
    <div className="shell">
      <header className="app-header no-print">
        <h1>Sengeplan</h1>
        <div className="pickers">
          {ws.instances.length > 1 && (
            <label>
              Grunnlag
              <select value={ws.instanceId ?? ''} onChange={(e) => ws.setInstanceId(e.target.value)}>
                {ws.instances.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name || i.id}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            Plan
            <select
              name="plan"
              value={ws.planId ?? ''}
              onChange={(e) => ws.setPlanId(e.target.value ? Number(e.target.value) : null)}
            >
              {ws.plans.length === 0 && <option value="">Ingen plan</option>}
              {ws.plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {planLabel(p)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Vis
            <select name="unit" value={ws.unit} onChange={(e) => ws.setUnit(e.target.value)}>
              {ws.units.map((u) => (
                <option key={u.value} value={u.value}>
                  {u.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="who">
          {user.username} ({roleNames[user.role]}){' '}
          <button type="button" onClick={onLogOut}>
            Logg ut
          </button>
        </p>
        <nav aria-label="Visninger">
          {tabs.map(([id, label]) => (
            <button
              key={id}
              type="button"
              aria-current={tab === id ? 'page' : undefined}
              onClick={() => setTab(id)}
            >
              {label}
            </button>
          ))}
        </nav>
      </header>
      <main>
        {ws.error && <p role="alert">{ws.error}</p>}
        {state.error && <p role="alert">{state.error}</p>}
        {tab === 'kalender' && (
          <CalendarErrorBoundary>
            <CalendarPage user={user} workspace={ws} state={state} />
          </CalendarErrorBoundary>
        )}
        {tab === 'nokkeltall' && state.calendar && <FiguresPage calendar={state.calendar} />}
        {tab === 'serier' && state.calendar && <SeriesPage calendar={state.calendar} />}
        {tab === 'hvaom' && ws.instanceId && <WhatIfPage instanceId={ws.instanceId} />}
        {tab === 'utskrift' && state.calendar && (
          <PrintView
            calendar={state.calendar}
            unitLabel={ws.units.find((u) => u.value === ws.unit)?.label ?? ''}
          />
        )}
      </main>
    </div>
  );
}
